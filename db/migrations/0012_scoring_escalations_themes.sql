CREATE TABLE `audit_themes` (
	`audit_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`audit_id`, `theme_id`),
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`audit_id` integer,
	`raised_by` text NOT NULL,
	`concern` text DEFAULT '' NOT NULL,
	`told_who` text NOT NULL,
	`told_at` text NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`outcome_by` text,
	`outcome_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `escalations_event` ON `escalations` (`event_id`);--> statement-breakpoint
CREATE TABLE `finding_themes` (
	`finding_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`finding_id`, `theme_id`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`framework_key` text NOT NULL,
	`label` text NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `themes_framework_label` ON `themes` (`framework_key`,lower("label"));--> statement-breakpoint
ALTER TABLE `audits` ADD `scoring_as` text;--> statement-breakpoint
INSERT INTO `themes` (`framework_key`, `label`) VALUES
	('neglect-what-works', 'Father or partner not engaged'),
	('neglect-what-works', 'Drift after step-down'),
	('neglect-what-works', 'Child not seen alone'),
	('neglect-what-works', 'Interpreter not used'),
	('neglect-what-works', 'Cumulative harm not recognised'),
	('neglect-what-works', 'Missed health and dental appointments'),
	('neglect-what-works', 'Parental substance misuse'),
	('neglect-what-works', 'Domestic abuse'),
	('neglect-what-works', 'Parental mental health'),
	('neglect-quick-check', 'Father or partner not engaged'),
	('neglect-quick-check', 'Drift after step-down'),
	('neglect-quick-check', 'Child not seen alone'),
	('neglect-quick-check', 'Interpreter not used');
