CREATE TABLE "cafe_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"table_id" uuid,
	"path" text NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"dots" integer NOT NULL,
	"voters" integer NOT NULL,
	"helpers" integer NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_participants" ADD COLUMN "contact_encrypted" text;--> statement-breakpoint
ALTER TABLE "cafe_photos" ADD CONSTRAINT "cafe_photos_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_photos" ADD CONSTRAINT "cafe_photos_table_id_cafe_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."cafe_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_priorities" ADD CONSTRAINT "cafe_priorities_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_priorities" ADD CONSTRAINT "cafe_priorities_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_priorities_idea_idx" ON "cafe_priorities" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "cafe_priorities_org_idx" ON "cafe_priorities" USING btree ("organisation_id");