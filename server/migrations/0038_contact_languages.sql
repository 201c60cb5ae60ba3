ALTER TABLE "cafe_participants" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "coproduction_subscriptions" ADD COLUMN "language" text;