CREATE TABLE "accepted_messages" (
	"key" text PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"payload" jsonb NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"relayed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "accepted_messages_unrelayed_idx" ON "accepted_messages" USING btree ("accepted_at") WHERE "accepted_messages"."relayed_at" is null;