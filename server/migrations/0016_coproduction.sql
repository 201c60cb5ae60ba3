CREATE TYPE "public"."coproduction_action_status" AS ENUM('open', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."coproduction_charter_level" AS ENUM('individual', 'organisational', 'local_services', 'societal');--> statement-breakpoint
CREATE TYPE "public"."coproduction_commitment_status" AS ENUM('planned', 'in_progress', 'done', 'declined');--> statement-breakpoint
CREATE TYPE "public"."coproduction_ladder_rung" AS ENUM('coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production');--> statement-breakpoint
CREATE TYPE "public"."coproduction_payment_choice" AS ENUM('cash', 'voucher', 'declined');--> statement-breakpoint
CREATE TYPE "public"."coproduction_priority_source" AS ENUM('cafe', 'key_message', 'group', 'manual');--> statement-breakpoint
CREATE TYPE "public"."coproduction_seat_kind" AS ENUM('board', 'committee', 'team_meeting', 'interview_panel');--> statement-breakpoint
CREATE TABLE "coproduction_charter_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"rung" "coproduction_ladder_rung" NOT NULL,
	"evidence" text NOT NULL,
	"assessed_on" date NOT NULL,
	"assessed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_charter_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"level" "coproduction_charter_level" NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_commitment_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"text" text NOT NULL,
	"happened_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"priority_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"due_on" date,
	"status" "coproduction_commitment_status" DEFAULT 'planned' NOT NULL,
	"declined_reason" text,
	"progress" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"owner_person_id" uuid,
	"owner_organisation_id" uuid,
	"due_on" date,
	"status" "coproduction_action_status" DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid,
	"hours" double precision DEFAULT 0 NOT NULL,
	"expenses_pence" integer DEFAULT 0 NOT NULL,
	"payment_choice" "coproduction_payment_choice" DEFAULT 'declined' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_group_members" (
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "coproduction_group_members_group_id_person_id_pk" PRIMARY KEY("group_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "coproduction_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"rhythm" text DEFAULT 'monthly' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_seat_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seat_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "coproduction_seat_kind" NOT NULL,
	"body_name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"term_start" date,
	"term_end" date,
	"holder_person_id" uuid,
	"attendance_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"source" "coproduction_priority_source" NOT NULL,
	"source_ref" text DEFAULT '' NOT NULL,
	"cafe_priority_id" uuid,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"priority_id" uuid NOT NULL,
	"person_id" uuid,
	"contact_encrypted" text,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_unsubscribe_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"subscription_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coproduction_charter_assessments" ADD CONSTRAINT "coproduction_charter_assessments_commitment_id_coproduction_charter_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."coproduction_charter_commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_commitment_updates" ADD CONSTRAINT "coproduction_commitment_updates_commitment_id_coproduction_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."coproduction_commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_commitments" ADD CONSTRAINT "coproduction_commitments_priority_id_coproduction_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."coproduction_priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_actions" ADD CONSTRAINT "coproduction_actions_meeting_id_coproduction_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."coproduction_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_attendance" ADD CONSTRAINT "coproduction_attendance_meeting_id_coproduction_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."coproduction_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_group_members" ADD CONSTRAINT "coproduction_group_members_group_id_coproduction_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."coproduction_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_meetings" ADD CONSTRAINT "coproduction_meetings_group_id_coproduction_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."coproduction_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_seat_interests" ADD CONSTRAINT "coproduction_seat_interests_seat_id_coproduction_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."coproduction_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_notifications" ADD CONSTRAINT "coproduction_notifications_priority_id_coproduction_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."coproduction_priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_notifications" ADD CONSTRAINT "coproduction_notifications_commitment_id_coproduction_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."coproduction_commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_subscriptions" ADD CONSTRAINT "coproduction_subscriptions_priority_id_coproduction_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."coproduction_priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_unsubscribe_links" ADD CONSTRAINT "coproduction_unsubscribe_links_subscription_id_coproduction_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."coproduction_subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coproduction_assessments_commitment_idx" ON "coproduction_charter_assessments" USING btree ("commitment_id","assessed_on");--> statement-breakpoint
CREATE INDEX "coproduction_charter_org_idx" ON "coproduction_charter_commitments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "coproduction_updates_commitment_idx" ON "coproduction_commitment_updates" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "coproduction_commitments_priority_idx" ON "coproduction_commitments" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "coproduction_actions_meeting_idx" ON "coproduction_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "coproduction_attendance_meeting_idx" ON "coproduction_attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "coproduction_attendance_person_idx" ON "coproduction_attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "coproduction_members_person_idx" ON "coproduction_group_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "coproduction_groups_org_idx" ON "coproduction_groups" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "coproduction_meetings_group_idx" ON "coproduction_meetings" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "coproduction_seat_interests_idx" ON "coproduction_seat_interests" USING btree ("seat_id","person_id");--> statement-breakpoint
CREATE INDEX "coproduction_seats_org_idx" ON "coproduction_seats" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "coproduction_notifications_person_idx" ON "coproduction_notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coproduction_priorities_cafe_idx" ON "coproduction_priorities" USING btree ("cafe_priority_id") WHERE cafe_priority_id is not null;--> statement-breakpoint
CREATE INDEX "coproduction_priorities_partnership_idx" ON "coproduction_priorities" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coproduction_subscriptions_person_idx" ON "coproduction_subscriptions" USING btree ("priority_id","person_id") WHERE person_id is not null;--> statement-breakpoint
CREATE INDEX "coproduction_subscriptions_priority_idx" ON "coproduction_subscriptions" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "coproduction_unsubscribe_subscription_idx" ON "coproduction_unsubscribe_links" USING btree ("subscription_id");