CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text DEFAULT 'other' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_name` ON `agencies` (lower("name"));--> statement-breakpoint
CREATE TABLE `case_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`stored_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_documents_case` ON `case_documents` (`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`reference` text NOT NULL,
	`sex` text,
	`date_of_birth` text,
	`age_at_audit` integer,
	`age_stage` text,
	`ethnicity_code` text,
	`ethnicity_label` text,
	`ethnicity_group` text,
	`disability` text,
	`level_of_need` text,
	`neglect_types` text DEFAULT '[]' NOT NULL,
	`vulnerabilities` text DEFAULT '[]' NOT NULL,
	`agencies` text DEFAULT '[]' NOT NULL,
	`plan_start_date` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_event_reference` ON `cases` (`event_id`,`reference`);--> statement-breakpoint
CREATE INDEX `cases_event` ON `cases` (`event_id`);--> statement-breakpoint
CREATE TABLE `event_agencies` (
	`event_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `agency_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
ALTER TABLE `events` ADD `theme` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `partnership` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `audit_date` text;--> statement-breakpoint
ALTER TABLE `events` ADD `review_window_months` integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `classification` text DEFAULT 'OFFICIAL-SENSITIVE' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `status` text DEFAULT 'planning' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `case_mapping` text;--> statement-breakpoint
ALTER TABLE `events` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `events` ADD `updated_at` text;