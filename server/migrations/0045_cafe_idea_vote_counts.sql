ALTER TABLE "cafe_ideas" ADD COLUMN "dots" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cafe_ideas" ADD COLUMN "voters" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Ideas already voted on keep their counts.
UPDATE "cafe_ideas" SET "dots" = c.dots, "voters" = c.voters FROM (
  SELECT "idea_id", sum("dots")::int AS dots, (count(*) FILTER (WHERE "dots" > 0))::int AS voters
  FROM "cafe_votes" GROUP BY "idea_id"
) c WHERE c."idea_id" = "cafe_ideas"."id";--> statement-breakpoint
-- Each vote stored, changed, moved by a merge or removed counts on its idea in the same transaction,
-- however it was written.
CREATE FUNCTION cafe_votes_count_on_idea() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE cafe_ideas SET dots = dots - OLD.dots, voters = voters - (OLD.dots > 0)::int
      WHERE id = OLD.idea_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE cafe_ideas SET dots = dots + NEW.dots, voters = voters + (NEW.dots > 0)::int
      WHERE id = NEW.idea_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER cafe_votes_count_on_idea
  AFTER INSERT OR UPDATE OF idea_id, dots OR DELETE ON cafe_votes
  FOR EACH ROW EXECUTE FUNCTION cafe_votes_count_on_idea();
