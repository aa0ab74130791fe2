CREATE TABLE "requester_mailboxes" (
	"requester" text NOT NULL,
	"mailbox_key" text NOT NULL,
	"support_request_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requester_mailboxes_support_request_id_mailbox_key_pk" PRIMARY KEY("support_request_id","mailbox_key")
);
--> statement-breakpoint
ALTER TABLE "requester_mailboxes" ADD CONSTRAINT "requester_mailboxes_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requester_mailboxes_requester_idx" ON "requester_mailboxes" USING btree ("requester","created_at");