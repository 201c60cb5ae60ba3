CREATE TYPE "public"."involvement_payment_choice" AS ENUM('cash', 'voucher', 'declined');--> statement-breakpoint
CREATE TYPE "public"."involvement_role" AS ENUM('coproduction_group_member', 'board_or_committee_member', 'interview_panel_member', 'peer_supporter', 'peer_educator', 'peer_researcher', 'table_host', 'ambassador', 'other');--> statement-breakpoint
CREATE TYPE "public"."training_kind" AS ENUM('peer_support', 'lived_experience_leadership', 'story_collection', 'safeguarding', 'boundaries', 'other');--> statement-breakpoint
CREATE TABLE "involvement_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"activity" text NOT NULL,
	"role" "involvement_role" NOT NULL,
	"hours" numeric(4, 2) NOT NULL,
	"expenses_pence" integer DEFAULT 0 NOT NULL,
	"payment_choice" "involvement_payment_choice" NOT NULL,
	"source" text,
	"source_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"role" "involvement_role" NOT NULL,
	"description" text NOT NULL,
	"commitment" text NOT NULL,
	"closes_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunity_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "training_kind" NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"completed_on" date NOT NULL,
	"refresh_due_on" date,
	"certificate_note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"refresh_reminder_sent_for" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "involvement_entries" ADD CONSTRAINT "involvement_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvement_entries" ADD CONSTRAINT "involvement_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvement_entries" ADD CONSTRAINT "involvement_entries_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_interests" ADD CONSTRAINT "opportunity_interests_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_interests" ADD CONSTRAINT "opportunity_interests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "involvement_entries_org_date_idx" ON "involvement_entries" USING btree ("organisation_id","occurred_on");--> statement-breakpoint
CREATE INDEX "involvement_entries_person_idx" ON "involvement_entries" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "involvement_entries_source_idx" ON "involvement_entries" USING btree ("source","source_id") WHERE source is not null;--> statement-breakpoint
CREATE INDEX "opportunities_org_closes_idx" ON "opportunities" USING btree ("organisation_id","closes_on");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_interests_once_idx" ON "opportunity_interests" USING btree ("opportunity_id","person_id");--> statement-breakpoint
CREATE INDEX "opportunity_interests_person_idx" ON "opportunity_interests" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_records_person_idx" ON "training_records" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_records_refresh_idx" ON "training_records" USING btree ("refresh_due_on") WHERE refresh_due_on is not null;