CREATE TABLE "safeguarding_case_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL,
	"action" text NOT NULL,
	"happened_at" timestamp with time zone NOT NULL,
	"note_encrypted" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "mobile_number" text;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD COLUMN "source" text DEFAULT 'detector' NOT NULL;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD COLUMN "raised_by" uuid;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "withheld_spans" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "story_storytellers" ADD COLUMN "contact_encrypted" text;--> statement-breakpoint
ALTER TABLE "safeguarding_case_entries" ADD CONSTRAINT "safeguarding_case_entries_alert_id_safeguarding_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."safeguarding_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safeguarding_case_entries_alert_idx" ON "safeguarding_case_entries" USING btree ("alert_id","happened_at");--> statement-breakpoint
CREATE INDEX "safeguarding_alerts_story_idx" ON "safeguarding_alerts" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "safeguarding_alerts_unescalated_idx" ON "safeguarding_alerts" USING btree ("created_at") WHERE "safeguarding_alerts"."status" = 'open' and "safeguarding_alerts"."escalated_at" is null;