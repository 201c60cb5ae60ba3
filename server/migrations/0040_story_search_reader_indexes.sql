-- Search finds the stories a reader collected, or that name their organisation as a partner, through
-- an index, so a reader who sees few stories never has every story read for them.
CREATE INDEX "stories_collected_by_idx" ON "stories" USING btree ("collected_by") WHERE "stories"."collected_by" is not null;--> statement-breakpoint
CREATE INDEX "stories_consent_partners_idx" ON "stories" USING gin ("consent_partner_ids");--> statement-breakpoint
-- Words and dates in one index: a search for a common word looks up the newest days' stories that
-- hold it without reading the whole list of stories that do.
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "stories_search_dated_idx" ON "stories" USING gin ("search_vector", "created_at");
