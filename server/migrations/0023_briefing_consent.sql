CREATE TABLE "analysis_briefing_download_quotes" (
	"download_id" uuid NOT NULL,
	"key_message_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"consent_tier" text NOT NULL,
	"consent_partner_organisation_ids" uuid[] NOT NULL,
	"consent_purpose" text NOT NULL,
	"consent_event_id" uuid NOT NULL,
	"consent_given_at" timestamp with time zone NOT NULL,
	CONSTRAINT "analysis_briefing_download_quotes_download_id_key_message_id_application_id_pk" PRIMARY KEY("download_id","key_message_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_briefing_downloads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"audience" "analysis_audience" NOT NULL,
	"partner_organisation_id" uuid,
	"purpose" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"downloaded_by" uuid NOT NULL,
	"downloaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_consent_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"cause" text NOT NULL,
	"consent_event_id" uuid NOT NULL,
	"lost_quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"download_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analysis_briefing_download_quotes" ADD CONSTRAINT "analysis_briefing_download_quotes_download_id_analysis_briefing_downloads_id_fk" FOREIGN KEY ("download_id") REFERENCES "public"."analysis_briefing_downloads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_briefing_downloads" ADD CONSTRAINT "analysis_briefing_downloads_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_consent_notices" ADD CONSTRAINT "analysis_consent_notices_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_briefing_download_quotes_story_idx" ON "analysis_briefing_download_quotes" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "analysis_briefing_downloads_project_idx" ON "analysis_briefing_downloads" USING btree ("project_id","downloaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_consent_notices_once_idx" ON "analysis_consent_notices" USING btree ("project_id","story_id","cause","consent_event_id");--> statement-breakpoint
CREATE INDEX "analysis_consent_notices_project_idx" ON "analysis_consent_notices" USING btree ("project_id","detected_at");