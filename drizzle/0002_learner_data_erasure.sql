ALTER TABLE "outbound_emails" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "erased_at" timestamp with time zone;