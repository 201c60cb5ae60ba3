ALTER TABLE "cafe_rounds" ADD COLUMN "voting_method" "cafe_voting_method" DEFAULT 'dots' NOT NULL;--> statement-breakpoint
ALTER TABLE "cafe_rounds" ADD COLUMN "voting_opened_at" timestamp with time zone;--> statement-breakpoint
-- Every round of a café planned before rounds had their own way of voting takes the café's.
UPDATE "cafe_rounds" SET "voting_method" = "cafes"."voting_method" FROM "cafes" WHERE "cafes"."id" = "cafe_rounds"."cafe_id";--> statement-breakpoint
-- A round voting right now keeps its way of voting.
UPDATE "cafe_rounds" SET "voting_opened_at" = now() FROM "cafes" WHERE "cafes"."id" = "cafe_rounds"."cafe_id" AND "cafes"."voting_open" AND "cafe_rounds"."position" = "cafes"."current_round";
