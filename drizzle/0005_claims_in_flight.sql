ALTER TABLE "outbound_emails" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "reply_claimed_until" timestamp with time zone;