CREATE TYPE "public"."story_channel" AS ENUM('written', 'one_to_one_interview', 'group_sharing', 'writing_group', 'video_interview');--> statement-breakpoint
CREATE TYPE "public"."consent_tier" AS ENUM('private', 'analysis', 'partners', 'public');--> statement-breakpoint
CREATE TYPE "public"."story_status" AS ENUM('draft', 'submitted', 'in_review', 'approved', 'withdrawn');--> statement-breakpoint
CREATE TABLE "consent_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"tier" "consent_tier",
	"method" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"partner_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"identification" text DEFAULT 'anonymous' NOT NULL,
	"pseudonym" text,
	"media" text[] DEFAULT '{text}'::text[] NOT NULL,
	"expires_at" timestamp with time zone,
	"wording_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safeguarding_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"action_note" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"channel" "story_channel" NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"status" "story_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"collected_by" uuid,
	"draft_encrypted" text,
	"draft_revision" integer DEFAULT 0 NOT NULL,
	"draft_saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"safeguarding_hold" boolean DEFAULT false NOT NULL,
	"create_idempotency_key" text,
	"submit_idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"consent_tier" "consent_tier" DEFAULT 'private' NOT NULL,
	"consent_expires_at" timestamp with time zone,
	"approved_text" text,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "story_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"derived_from" uuid,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by_storyteller_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "story_storytellers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"person_id" uuid,
	"name_encrypted" text
);
--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "safeguarding_alerts_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_versions" ADD CONSTRAINT "story_versions_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_storytellers" ADD CONSTRAINT "story_storytellers_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_events_story_idx" ON "consent_events" USING btree ("story_id","at");--> statement-breakpoint
CREATE INDEX "safeguarding_alerts_org_idx" ON "safeguarding_alerts" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "stories_create_idempotency_idx" ON "stories" USING btree ("created_by","create_idempotency_key");--> statement-breakpoint
CREATE INDEX "stories_organisation_idx" ON "stories" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "stories_search_idx" ON "stories" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("approved_text", '')));--> statement-breakpoint
CREATE INDEX "story_versions_story_idx" ON "story_versions" USING btree ("story_id","created_at");--> statement-breakpoint
CREATE INDEX "story_storytellers_story_idx" ON "story_storytellers" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "story_storytellers_person_idx" ON "story_storytellers" USING btree ("person_id");--> statement-breakpoint
-- The consent ledger is append-only: consent changes by adding an event, never by editing one.
CREATE FUNCTION consent_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_events_append_only
  BEFORE UPDATE OR DELETE ON consent_events
  FOR EACH ROW EXECUTE FUNCTION consent_events_refuse_change();
