CREATE TABLE "intent_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"act_threshold" double precision NOT NULL,
	"suggest_threshold" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "intent_settings_thresholds_check" CHECK ("intent_settings"."suggest_threshold" > 0 and "intent_settings"."suggest_threshold" <= "intent_settings"."act_threshold" and "intent_settings"."act_threshold" <= 1)
);
