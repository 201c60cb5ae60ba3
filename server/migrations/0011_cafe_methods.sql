ALTER TYPE "public"."cafe_voting_method" ADD VALUE 'pairwise';--> statement-breakpoint
ALTER TYPE "public"."cafe_voting_method" ADD VALUE 'agreement';--> statement-breakpoint
CREATE TABLE "cafe_pairwise_choices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"left_id" uuid NOT NULL,
	"right_id" uuid NOT NULL,
	"winner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_statement_votes" (
	"cafe_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"vote" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_pairwise_choices" ADD CONSTRAINT "cafe_pairwise_choices_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_pairwise_choices" ADD CONSTRAINT "cafe_pairwise_choices_participant_id_cafe_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."cafe_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_statement_votes" ADD CONSTRAINT "cafe_statement_votes_cafe_id_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."cafes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_statement_votes" ADD CONSTRAINT "cafe_statement_votes_participant_id_cafe_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."cafe_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_statement_votes" ADD CONSTRAINT "cafe_statement_votes_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cafe_pairwise_cafe_idx" ON "cafe_pairwise_choices" USING btree ("cafe_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_statement_votes_idx" ON "cafe_statement_votes" USING btree ("participant_id","idea_id");--> statement-breakpoint
CREATE INDEX "cafe_statement_votes_cafe_idx" ON "cafe_statement_votes" USING btree ("cafe_id");