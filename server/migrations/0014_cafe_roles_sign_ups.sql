CREATE TYPE "public"."cafe_role" AS ENUM('lead_host', 'table_host', 'seed_storyteller', 'timekeeper');--> statement-breakpoint
CREATE TABLE "cafe_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"role" "cafe_role" NOT NULL,
	"name" text NOT NULL,
	"table_number" integer
);
--> statement-breakpoint
CREATE TABLE "cafe_sign_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"name_encrypted" text NOT NULL,
	"contact_encrypted" text,
	"access_needs_encrypted" text,
	"person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafes" ADD COLUMN "sign_up_open" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "cafe_roles" ADD CONSTRAINT "cafe_roles_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_sign_ups" ADD CONSTRAINT "cafe_sign_ups_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_roles_position_idx" ON "cafe_roles" USING btree ("cafe_id","position");--> statement-breakpoint
CREATE INDEX "cafe_sign_ups_cafe_idx" ON "cafe_sign_ups" USING btree ("cafe_id");--> statement-breakpoint
CREATE INDEX "cafe_sign_ups_person_idx" ON "cafe_sign_ups" USING btree ("person_id");