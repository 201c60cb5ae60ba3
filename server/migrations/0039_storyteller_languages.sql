ALTER TABLE "story_confirmations" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "story_storytellers" ADD COLUMN "language" text;