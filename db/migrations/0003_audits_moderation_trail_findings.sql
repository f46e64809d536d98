CREATE TABLE `audits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`auditor` text NOT NULL,
	`status` text DEFAULT 'not-started' NOT NULL,
	`overall_value` integer,
	`overall_rationale` text DEFAULT '' NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`areas_for_development` text DEFAULT '' NOT NULL,
	`difference_made` text DEFAULT '' NOT NULL,
	`actions` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	`submitted_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audits_case_agency_auditor` ON `audits` (`case_id`,`agency_id`,lower("auditor"));--> statement-breakpoint
CREATE INDEX `audits_event` ON `audits` (`event_id`);--> statement-breakpoint
CREATE TABLE `finding_cases` (
	`finding_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	PRIMARY KEY(`finding_id`, `case_id`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `finding_criteria` (
	`finding_id` integer NOT NULL,
	`criterion_key` text NOT NULL,
	PRIMARY KEY(`finding_id`, `criterion_key`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`quote_for_report` integer DEFAULT false NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `findings_event` ON `findings` (`event_id`);--> statement-breakpoint
CREATE TABLE `grades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`audit_id` integer NOT NULL,
	`criterion_key` text NOT NULL,
	`value` integer,
	`not_applicable` integer DEFAULT false NOT NULL,
	`not_applicable_reason` text DEFAULT '' NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grades_audit_criterion` ON `grades` (`audit_id`,`criterion_key`);--> statement-breakpoint
CREATE TABLE `moderated_grades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`criterion_key` text NOT NULL,
	`value` integer,
	`not_applicable` integer DEFAULT false NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `moderated_grades_case_criterion` ON `moderated_grades` (`case_id`,`criterion_key`);--> statement-breakpoint
CREATE TABLE `moderations` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`overall_value` integer,
	`overall_rationale` text DEFAULT '' NOT NULL,
	`locked_at` text,
	`signed_off_by` text,
	`signed_off_on` text,
	`updated_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `trail` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`case_id` integer,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trail_event` ON `trail` (`event_id`,`id`);--> statement-breakpoint
CREATE INDEX `trail_case` ON `trail` (`case_id`,`id`);--> statement-breakpoint
-- Hand-added: the audit trail is append-only.
CREATE TRIGGER `trail_no_update` BEFORE UPDATE ON `trail` BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
--> statement-breakpoint
CREATE TRIGGER `trail_no_delete` BEFORE DELETE ON `trail` BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
