CREATE TABLE "credentials" (
	"id" text PRIMARY KEY NOT NULL,
	"issuer_id" text NOT NULL,
	"recipient_email" text NOT NULL,
	"recipient_name" text,
	"course_name" text NOT NULL,
	"url" text NOT NULL,
	"status" text NOT NULL,
	"issued_at" date NOT NULL,
	"mailbox_key" text NOT NULL,
	"near_domain" text NOT NULL,
	"near_local" text NOT NULL,
	"near_local_reversed" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credentials_status_check" CHECK ("credentials"."status" in ('published', 'draft'))
);
--> statement-breakpoint
CREATE TABLE "issuers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"support_url" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbound_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"message_text" text NOT NULL,
	"vouched_address" text,
	"intent" text NOT NULL,
	"confidence_pct" integer NOT NULL,
	"reasons" text[] NOT NULL,
	"addresses" text[] NOT NULL,
	"outcome" text NOT NULL,
	"decision" jsonb NOT NULL,
	"conversation_id" text,
	"channel_context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"learner_reply" text DEFAULT '' NOT NULL,
	"agent_note" text DEFAULT '' NOT NULL,
	"reply_status" text DEFAULT 'none' NOT NULL,
	"reply_attempts" integer DEFAULT 0 NOT NULL,
	"reply_steps_done" integer DEFAULT 0 NOT NULL,
	"reply_error" text,
	"replied_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_issuer_id_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."issuers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credentials_mailbox_key_idx" ON "credentials" USING btree ("mailbox_key");--> statement-breakpoint
CREATE INDEX "credentials_near_prefix_idx" ON "credentials" USING btree ("near_domain","near_local" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "credentials_near_suffix_idx" ON "credentials" USING btree ("near_domain","near_local_reversed" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "credentials_issuer_idx" ON "credentials" USING btree ("issuer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_emails_request_kind_to_idx" ON "outbound_emails" USING btree ("support_request_id","kind","to_address");--> statement-breakpoint
CREATE INDEX "outbound_emails_rate_idx" ON "outbound_emails" USING btree ("to_address","kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_requests_channel_external_id_idx" ON "support_requests" USING btree ("channel","external_id");--> statement-breakpoint
CREATE INDEX "support_requests_conversation_idx" ON "support_requests" USING btree ("channel","conversation_id");