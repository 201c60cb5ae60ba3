CREATE TABLE "cafe_request_keys" (
	"cafe_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"key" text NOT NULL,
	"result_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_request_keys" ADD CONSTRAINT "cafe_request_keys_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_request_keys_idx" ON "cafe_request_keys" USING btree ("cafe_id","owner_id","key");