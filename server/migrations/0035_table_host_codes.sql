ALTER TABLE "cafe_table_hosts" ADD COLUMN "code_hash" text;--> statement-breakpoint
ALTER TABLE "cafe_table_hosts" ADD COLUMN "code_encrypted" text;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_table_hosts_code_idx" ON "cafe_table_hosts" USING btree ("code_hash");