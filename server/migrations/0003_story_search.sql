ALTER TABLE "stories" ADD COLUMN "shareable_text" text;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "themes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "consent_partner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "stories_shareable_search_idx" ON "stories" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("shareable_text", '')));