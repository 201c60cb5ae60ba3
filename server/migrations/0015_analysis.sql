CREATE TYPE "public"."analysis_application_source" AS ENUM('person', 'suggestion', 'consensus');--> statement-breakpoint
CREATE TYPE "public"."analysis_audience" AS ENUM('decision_makers', 'practitioners', 'public');--> statement-breakpoint
CREATE TYPE "public"."analysis_memo_target" AS ENUM('project', 'story', 'application', 'code', 'message');--> statement-breakpoint
CREATE TYPE "public"."analysis_suggestion_decision" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "analysis_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"source" "analysis_application_source" NOT NULL,
	"coder_id" uuid,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"evidence" text[] DEFAULT '{}'::text[] NOT NULL,
	"decision" "analysis_suggestion_decision",
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_codebooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"codebook_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"inclusion" text DEFAULT '' NOT NULL,
	"exclusion" text DEFAULT '' NOT NULL,
	"examples" text DEFAULT '' NOT NULL,
	"colour" text DEFAULT '#2d6a5f' NOT NULL,
	"suggestion_key" text,
	"retired_at" timestamp with time zone,
	"merged_into" uuid
);
--> statement-breakpoint
CREATE TABLE "analysis_key_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"audience" "analysis_audience" NOT NULL,
	"text" text NOT NULL,
	"theme_id" uuid,
	"quote_application_ids" uuid[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_memos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"target_kind" "analysis_memo_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_project_stories" (
	"project_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_project_stories_project_id_story_id_pk" PRIMARY KEY("project_id","story_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"codebook_id" uuid NOT NULL,
	"title" text NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"blind" boolean DEFAULT true NOT NULL,
	"comparison_open" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"code_ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analysis_applications" ADD CONSTRAINT "analysis_applications_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_applications" ADD CONSTRAINT "analysis_applications_code_id_analysis_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."analysis_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_codes" ADD CONSTRAINT "analysis_codes_codebook_id_analysis_codebooks_id_fk" FOREIGN KEY ("codebook_id") REFERENCES "public"."analysis_codebooks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_key_messages" ADD CONSTRAINT "analysis_key_messages_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_memos" ADD CONSTRAINT "analysis_memos_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_project_stories" ADD CONSTRAINT "analysis_project_stories_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_projects" ADD CONSTRAINT "analysis_projects_codebook_id_analysis_codebooks_id_fk" FOREIGN KEY ("codebook_id") REFERENCES "public"."analysis_codebooks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_themes" ADD CONSTRAINT "analysis_themes_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_applications_project_idx" ON "analysis_applications" USING btree ("project_id","story_id");--> statement-breakpoint
CREATE INDEX "analysis_applications_code_idx" ON "analysis_applications" USING btree ("code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_applications_suggestion_idx" ON "analysis_applications" USING btree ("project_id","story_id","code_id","start","end") WHERE source = 'suggestion';--> statement-breakpoint
CREATE INDEX "analysis_codes_codebook_idx" ON "analysis_codes" USING btree ("codebook_id","position");--> statement-breakpoint
CREATE INDEX "analysis_memos_project_idx" ON "analysis_memos" USING btree ("project_id","target_kind","target_id");