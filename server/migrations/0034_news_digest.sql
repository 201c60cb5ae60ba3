CREATE TABLE "news_recipients" (
	"key" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"first_queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unsubscribed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "deliver" text DEFAULT 'now' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "topic" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "digest_item" jsonb;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "digest_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "digest_day" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "list_unsubscribe" text;--> statement-breakpoint
CREATE INDEX "mail_outbox_held_idx" ON "mail_outbox" USING btree ("channel","to_address") WHERE deliver = 'digest' and digest_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_one_digest_a_day_idx" ON "mail_outbox" USING btree ("channel","to_address","digest_day") WHERE digest_day is not null;