CREATE TABLE `recommendation_criteria` (
	`recommendation_id` integer NOT NULL,
	`criterion_key` text NOT NULL,
	PRIMARY KEY(`recommendation_id`, `criterion_key`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `recommendation_findings` (
	`recommendation_id` integer NOT NULL,
	`finding_id` integer NOT NULL,
	PRIMARY KEY(`recommendation_id`, `finding_id`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`text` text NOT NULL,
	`owner_agency_id` integer,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`carried_from_id` integer,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `recommendations_event` ON `recommendations` (`event_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_carried` ON `recommendations` (`event_id`,`carried_from_id`);