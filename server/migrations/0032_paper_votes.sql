CREATE TYPE "public"."cafe_paper_vote_kind" AS ENUM('dots', 'hands');--> statement-breakpoint
CREATE TABLE "cafe_paper_votes" (
	"cafe_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"kind" "cafe_paper_vote_kind" NOT NULL,
	"entered_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_priorities" ADD COLUMN "paper_votes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cafe_priorities" ADD COLUMN "paper_kind" "cafe_paper_vote_kind";--> statement-breakpoint
ALTER TABLE "cafe_paper_votes" ADD CONSTRAINT "cafe_paper_votes_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_paper_votes" ADD CONSTRAINT "cafe_paper_votes_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_paper_votes_idea_idx" ON "cafe_paper_votes" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "cafe_paper_votes_cafe_idx" ON "cafe_paper_votes" USING btree ("cafe_id");