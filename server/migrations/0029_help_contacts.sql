ALTER TABLE "cafe_help_ticks" ADD COLUMN "contact_encrypted" text;--> statement-breakpoint
ALTER TABLE "cafe_help_ticks" ADD COLUMN "contact_consented_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cafe_help_ticks" ADD COLUMN "ticked_at" timestamp with time zone DEFAULT now() NOT NULL;