-- The showcase's version (0044) moves as each transaction commits rather than at each statement. Its
-- one row is locked by whoever moves it until they commit; moved mid-transaction, two transactions
-- that each changed a public story and then wanted the other's story would wait on each other for
-- ever (a deadlock PostgreSQL breaks by failing one). Moved at commit, a transaction holds it only for
-- the moment of committing, and the change and the new number still become visible together.
DROP TRIGGER "stories_showcase_version" ON "stories";--> statement-breakpoint
DROP TRIGGER "consent_events_showcase_version" ON "consent_events";--> statement-breakpoint
DROP TRIGGER "story_storytellers_showcase_version" ON "story_storytellers";--> statement-breakpoint
DROP TRIGGER "people_showcase_version" ON "people";--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "stories_showcase_version"
  AFTER INSERT OR UPDATE OR DELETE ON "stories" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION stories_showcase_version_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "consent_events_showcase_version"
  AFTER INSERT OR UPDATE OR DELETE ON "consent_events" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION showcase_version_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "story_storytellers_showcase_version"
  AFTER INSERT OR UPDATE OR DELETE ON "story_storytellers" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION showcase_version_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "people_showcase_version"
  AFTER UPDATE OF "display_name", "erased_at" ON "people" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (OLD."display_name" IS DISTINCT FROM NEW."display_name" OR OLD."erased_at" IS DISTINCT FROM NEW."erased_at")
  EXECUTE FUNCTION showcase_version_bump();
