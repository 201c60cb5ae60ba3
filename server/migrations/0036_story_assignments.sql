CREATE TABLE "analysis_assignments" (
	"project_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"coder_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_assignments_project_id_story_id_coder_id_pk" PRIMARY KEY("project_id","story_id","coder_id")
);
--> statement-breakpoint
ALTER TABLE "analysis_assignments" ADD CONSTRAINT "analysis_assignments_project_id_analysis_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."analysis_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_assignments_coder_idx" ON "analysis_assignments" USING btree ("coder_id","project_id");