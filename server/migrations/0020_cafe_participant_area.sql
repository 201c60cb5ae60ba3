ALTER TABLE "cafe_participants" ADD COLUMN "postcode_district" text;--> statement-breakpoint
ALTER TABLE "cafe_participants" ADD COLUMN "community" text;