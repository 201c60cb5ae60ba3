CREATE TABLE "consent_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consent_event_id" uuid NOT NULL,
	"path" text NOT NULL,
	"mime" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_wordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"reference" text NOT NULL,
	"proposal" jsonb NOT NULL,
	"wording_id" uuid,
	"wording_version" text NOT NULL,
	"method" text NOT NULL,
	"channel" text NOT NULL,
	"sent_to_encrypted" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_via" text,
	"declined_at" timestamp with time zone,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consent_events" ADD COLUMN "wording_id" uuid;--> statement-breakpoint
ALTER TABLE "consent_events" ADD COLUMN "confirmation" text;--> statement-breakpoint
ALTER TABLE "consent_forms" ADD CONSTRAINT "consent_forms_consent_event_id_consent_events_id_fk" FOREIGN KEY ("consent_event_id") REFERENCES "public"."consent_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_confirmations" ADD CONSTRAINT "story_confirmations_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_forms_event_idx" ON "consent_forms" USING btree ("consent_event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_wordings_org_version_idx" ON "consent_wordings" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "story_confirmations_token_idx" ON "story_confirmations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "story_confirmations_reference_idx" ON "story_confirmations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "story_confirmations_story_idx" ON "story_confirmations" USING btree ("story_id");