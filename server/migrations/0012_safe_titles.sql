DROP INDEX "stories_search_idx";--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "safe_title" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "stories_search_idx" ON "stories" USING gin (to_tsvector('english', coalesce("safe_title", '') || ' ' || coalesce("approved_text", '')));--> statement-breakpoint
-- Search indexes only the de-identified title, never the storyteller's own.
DROP INDEX "stories_search_vector_idx";--> statement-breakpoint
ALTER TABLE "stories" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("safe_title", '') || ' ' || coalesce("shareable_text", ''))) STORED;--> statement-breakpoint
CREATE INDEX "stories_search_vector_idx" ON "stories" USING gin ("search_vector");
