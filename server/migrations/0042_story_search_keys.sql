-- One index holds each story's words beside its week, organisation, author, collector, channel,
-- themes and partner organisations. Search looks through a few weeks at a time, newest first: each
-- week is an exact key, so the index goes straight to that week's stories holding the words (a range
-- of dates would be read story by story), and an organisation, author, partner, channel or theme
-- narrows the stories read the same way. Words alone are found through it too, so the two indexes
-- it replaces are dropped.
CREATE INDEX "stories_search_keys_idx" ON "stories" USING gin (
  "search_vector",
  ((timezone('UTC', "created_at")::date - '2000-01-03'::date) / 7),
  "organisation_id",
  "created_by",
  "collected_by",
  "channel",
  "themes",
  "consent_partner_ids"
);--> statement-breakpoint
DROP INDEX "stories_search_dated_idx";--> statement-breakpoint
DROP INDEX "stories_search_vector_idx";
