-- A channel's acknowledgement now inserts the message's job itself. What the old relay had moved is done; what it
-- had not is kept under another name, and src/jobs/upgrade-inbox.ts moves it into its jobs when the queue starts.
DELETE FROM "accepted_messages" WHERE "relayed_at" IS NOT NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "accepted_messages_unrelayed_idx";--> statement-breakpoint
ALTER TABLE "accepted_messages" RENAME TO "accepted_messages_before_upgrade";
