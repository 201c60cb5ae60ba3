CREATE TYPE "public"."activity_frequency" AS ENUM('once', 'weekly', 'fortnightly', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."activity_kind" AS ENUM('peer_group', 'therapy_session', 'skills_workshop', 'allotment_session', 'cafe_shift', 'social_event', 'walk', 'other');--> statement-breakpoint
CREATE TYPE "public"."activity_application_status" AS ENUM('applied', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."activity_partner_kind" AS ENUM('local_organisation', 'health_service', 'council_team', 'other');--> statement-breakpoint
CREATE TYPE "public"."activity_proposal_status" AS ENUM('open', 'accepted', 'not_now', 'declined');--> statement-breakpoint
CREATE TYPE "public"."activity_role_kind" AS ENUM('work_placement', 'volunteering');--> statement-breakpoint
CREATE TYPE "public"."activity_sign_up_status" AS ENUM('booked', 'waiting', 'cancelled');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"access_information" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"frequency" "activity_frequency" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_feed_tokens" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_feed_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "activity_occurrences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text
);
--> statement-breakpoint
CREATE TABLE "activity_outreach_profiles" (
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"postcode_district" text,
	"community" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_outreach_profiles_organisation_id_person_id_pk" PRIMARY KEY("organisation_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "activity_outreach_targets" (
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "activity_outreach_targets_organisation_id_kind_value_pk" PRIMARY KEY("organisation_id","kind","value")
);
--> statement-breakpoint
CREATE TABLE "activity_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "activity_partner_kind" NOT NULL,
	"offers" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_proposal_supports" (
	"proposal_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_proposal_supports_proposal_id_person_id_pk" PRIMARY KEY("proposal_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "activity_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"proposed_by" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"status" "activity_proposal_status" DEFAULT 'open' NOT NULL,
	"response_reason" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_role_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "activity_application_status" DEFAULT 'applied' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "activity_role_kind" NOT NULL,
	"hours_per_week" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_sign_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "activity_sign_up_status" NOT NULL,
	"queue" serial NOT NULL,
	"attended" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_signposts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"consent" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"signposted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_occurrences" ADD CONSTRAINT "activity_occurrences_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_proposal_supports" ADD CONSTRAINT "activity_proposal_supports_proposal_id_activity_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."activity_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_role_applications" ADD CONSTRAINT "activity_role_applications_role_id_activity_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."activity_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sign_ups" ADD CONSTRAINT "activity_sign_ups_occurrence_id_activity_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."activity_occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signposts" ADD CONSTRAINT "activity_signposts_partner_id_activity_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."activity_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_org_idx" ON "activities" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_occurrences_start_idx" ON "activity_occurrences" USING btree ("activity_id","starts_at");--> statement-breakpoint
CREATE INDEX "activity_outreach_person_idx" ON "activity_outreach_profiles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "activity_partners_org_idx" ON "activity_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "activity_proposals_org_idx" ON "activity_proposals" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_role_applications_idx" ON "activity_role_applications" USING btree ("role_id","person_id");--> statement-breakpoint
CREATE INDEX "activity_roles_org_idx" ON "activity_roles" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_sign_ups_person_idx" ON "activity_sign_ups" USING btree ("occurrence_id","person_id");--> statement-breakpoint
CREATE INDEX "activity_sign_ups_of_person_idx" ON "activity_sign_ups" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "activity_signposts_person_idx" ON "activity_signposts" USING btree ("person_id");