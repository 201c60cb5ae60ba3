CREATE TABLE "showcase_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "showcase_version_one_row" CHECK ("showcase_version"."id")
);
--> statement-breakpoint
INSERT INTO "showcase_version" ("id", "version") VALUES (true, 0);--> statement-breakpoint
-- The showcase's version grows in the same transaction as the change, so an instance that reads the
-- new number also sees the change, whichever instance made it and however it was made (a request,
-- a job, an erasure). Only a story that is or was approved with public consent counts: drafts and
-- stories shared more narrowly change often and never reach the showcase.
CREATE FUNCTION showcase_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE showcase_version SET version = version + 1;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION stories_showcase_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD.status = 'approved' AND OLD.consent_tier = 'public')
    OR (TG_OP <> 'DELETE' AND NEW.status = 'approved' AND NEW.consent_tier = 'public') THEN
    UPDATE showcase_version SET version = version + 1;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER stories_showcase_version
  AFTER INSERT OR UPDATE OR DELETE ON stories
  FOR EACH ROW EXECUTE FUNCTION stories_showcase_version_bump();--> statement-breakpoint
-- A byline comes from the consent ledger (pseudonym or first name) and the storyteller's name.
CREATE TRIGGER consent_events_showcase_version
  AFTER INSERT OR UPDATE OR DELETE ON consent_events
  FOR EACH STATEMENT EXECUTE FUNCTION showcase_version_bump();--> statement-breakpoint
CREATE TRIGGER story_storytellers_showcase_version
  AFTER INSERT OR UPDATE OR DELETE ON story_storytellers
  FOR EACH STATEMENT EXECUTE FUNCTION showcase_version_bump();--> statement-breakpoint
-- A first-name byline reads the person's display name, which the people module keeps; a name
-- changed or a person erased shows at once.
CREATE TRIGGER people_showcase_version
  AFTER UPDATE OF display_name, erased_at ON people
  FOR EACH STATEMENT EXECUTE FUNCTION showcase_version_bump();
