CREATE TABLE "channel_modes" (
	"channel" text PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "channel_modes_mode_check" CHECK ("channel_modes"."mode" in ('off', 'shadow', 'suggest', 'act'))
);
--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "mode" text DEFAULT 'act' NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_mode_check" CHECK ("support_requests"."mode" in ('off', 'shadow', 'suggest', 'act'));