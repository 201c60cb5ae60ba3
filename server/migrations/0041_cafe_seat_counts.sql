ALTER TABLE "cafe_tables" ADD COLUMN "participants" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cafes" ADD COLUMN "participant_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Cafés already held keep their counts.
UPDATE "cafe_tables" SET "participants" = c.n FROM (
  SELECT "table_id", count(*)::int AS n FROM "cafe_participants" GROUP BY "table_id"
) c WHERE c."table_id" = "cafe_tables"."id";--> statement-breakpoint
UPDATE "cafes" SET "participant_count" = c.n FROM (
  SELECT "cafe_id", count(*)::int AS n FROM "cafe_participants" GROUP BY "cafe_id"
) c WHERE c."cafe_id" = "cafes"."id";--> statement-breakpoint
-- Each seat taken (or moved to another table) counts in the same transaction as the seat itself,
-- however it is stored. Seats are never removed one by one (a person's erasure blanks theirs).
CREATE FUNCTION cafe_participants_count_seat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE cafe_tables SET participants = participants + 1 WHERE id = NEW.table_id;
    UPDATE cafes SET participant_count = participant_count + 1 WHERE id = NEW.cafe_id;
  ELSIF NEW.table_id IS DISTINCT FROM OLD.table_id THEN
    UPDATE cafe_tables SET participants = participants - 1 WHERE id = OLD.table_id;
    UPDATE cafe_tables SET participants = participants + 1 WHERE id = NEW.table_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER cafe_participants_count_seat
  AFTER INSERT OR UPDATE OF table_id ON cafe_participants
  FOR EACH ROW EXECUTE FUNCTION cafe_participants_count_seat();
