DROP INDEX "stories_shareable_search_idx";--> statement-breakpoint
CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");--> statement-breakpoint
-- Search reads a stored tsvector, so PostgreSQL never re-parses story text while searching.
ALTER TABLE "stories" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("shareable_text", ''))) STORED;
--> statement-breakpoint
CREATE INDEX "stories_search_vector_idx" ON "stories" USING gin ("search_vector");
