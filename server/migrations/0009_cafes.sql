CREATE TYPE "public"."cafe_format" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."cafe_status" AS ENUM('planned', 'live', 'closed');--> statement-breakpoint
CREATE TYPE "public"."cafe_voting_method" AS ENUM('dots', 'approval');--> statement-breakpoint
CREATE TABLE "cafe_help_ticks" (
	"cafe_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"table_id" uuid NOT NULL,
	"participant_id" uuid,
	"entered_by" uuid,
	"text" text NOT NULL,
	"original_text" text NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"merged_into" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"table_id" uuid NOT NULL,
	"person_id" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"minutes" integer DEFAULT 20 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"video_url" text
);
--> statement-breakpoint
CREATE TABLE "cafe_votes" (
	"cafe_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"dots" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"format" "cafe_format" DEFAULT 'in_person' NOT NULL,
	"starts_at" timestamp with time zone,
	"venue" text DEFAULT '' NOT NULL,
	"access_info" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"join_code" text NOT NULL,
	"status" "cafe_status" DEFAULT 'planned' NOT NULL,
	"current_round" integer DEFAULT 0 NOT NULL,
	"round_ends_at" timestamp with time zone,
	"voting_method" "cafe_voting_method" DEFAULT 'dots' NOT NULL,
	"voting_open" boolean DEFAULT false NOT NULL,
	"dots_per_person" integer DEFAULT 3 NOT NULL,
	"allow_stacking" boolean DEFAULT true NOT NULL,
	"video_link_pattern" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_help_ticks" ADD CONSTRAINT "cafe_help_ticks_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_help_ticks" ADD CONSTRAINT "cafe_help_ticks_participant_id_cafe_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."cafe_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_help_ticks" ADD CONSTRAINT "cafe_help_ticks_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_ideas" ADD CONSTRAINT "cafe_ideas_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_ideas" ADD CONSTRAINT "cafe_ideas_table_id_cafe_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."cafe_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_participants" ADD CONSTRAINT "cafe_participants_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_participants" ADD CONSTRAINT "cafe_participants_table_id_cafe_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."cafe_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_rounds" ADD CONSTRAINT "cafe_rounds_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_tables" ADD CONSTRAINT "cafe_tables_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_votes" ADD CONSTRAINT "cafe_votes_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_votes" ADD CONSTRAINT "cafe_votes_participant_id_cafe_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."cafe_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_votes" ADD CONSTRAINT "cafe_votes_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_help_ticks_idx" ON "cafe_help_ticks" USING btree ("participant_id","idea_id");--> statement-breakpoint
CREATE INDEX "cafe_ideas_cafe_idx" ON "cafe_ideas" USING btree ("cafe_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_participants_token_idx" ON "cafe_participants" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "cafe_participants_cafe_idx" ON "cafe_participants" USING btree ("cafe_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_rounds_position_idx" ON "cafe_rounds" USING btree ("cafe_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_tables_number_idx" ON "cafe_tables" USING btree ("cafe_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_votes_idx" ON "cafe_votes" USING btree ("participant_id","idea_id");--> statement-breakpoint
CREATE INDEX "cafe_votes_cafe_idx" ON "cafe_votes" USING btree ("cafe_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cafes_open_join_code_idx" ON "cafes" USING btree ("join_code") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "cafes_organisation_idx" ON "cafes" USING btree ("organisation_id");