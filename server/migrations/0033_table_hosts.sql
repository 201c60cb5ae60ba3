CREATE TABLE "cafe_table_hosts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"key_hash" text NOT NULL,
	"key_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_paper_votes" ALTER COLUMN "entered_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cafe_ideas" ADD COLUMN "table_host_id" uuid;--> statement-breakpoint
ALTER TABLE "cafe_ideas" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "cafe_paper_votes" ADD COLUMN "table_host_id" uuid;--> statement-breakpoint
ALTER TABLE "cafe_table_hosts" ADD CONSTRAINT "cafe_table_hosts_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_table_hosts" ADD CONSTRAINT "cafe_table_hosts_table_id_cafe_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."cafe_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_table_hosts_table_idx" ON "cafe_table_hosts" USING btree ("table_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_table_hosts_key_idx" ON "cafe_table_hosts" USING btree ("key_hash");