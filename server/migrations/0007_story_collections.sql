CREATE TABLE "story_collection_items" (
	"collection_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "story_collection_items" ADD CONSTRAINT "story_collection_items_collection_id_story_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."story_collections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_collection_items" ADD CONSTRAINT "story_collection_items_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "story_collection_items_idx" ON "story_collection_items" USING btree ("collection_id","story_id");