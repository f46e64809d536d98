CREATE TABLE `sample_cohort_counts` (
	`draw_id` integer NOT NULL,
	`attribute` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`draw_id`, `attribute`, `value`),
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sample_draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`drawn_by` text NOT NULL,
	`seed` integer NOT NULL,
	`size` integer NOT NULL,
	`stratify` text NOT NULL,
	`allocation` text NOT NULL,
	`minimums` text NOT NULL,
	`exclude_previous` integer NOT NULL,
	`exclude_recent_weeks` integer,
	`exclude_list` text,
	`reserve` integer NOT NULL,
	`measured_on` text NOT NULL,
	`cohort_file_name` text NOT NULL,
	`cohort_sha256` text NOT NULL,
	`cohort_rows` integer NOT NULL,
	`eligible` integer NOT NULL,
	`excluded` text NOT NULL,
	`strata` text NOT NULL,
	`mapping` text NOT NULL,
	`value_mapping` text DEFAULT '[]' NOT NULL,
	`method` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sample_draws_event` ON `sample_draws` (`event_id`);--> statement-breakpoint
CREATE TABLE `sample_members` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`draw_id` integer NOT NULL,
	`stratum` text NOT NULL,
	`position` integer NOT NULL,
	`from_reserve` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sample_members_draw` ON `sample_members` (`draw_id`);--> statement-breakpoint
CREATE TABLE `sample_replacements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draw_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`stratum` text NOT NULL,
	`replaced_reference` text NOT NULL,
	`replacement_reference` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sample_replacements_draw` ON `sample_replacements` (`draw_id`);--> statement-breakpoint
CREATE TABLE `sample_reserves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draw_id` integer NOT NULL,
	`stratum` text NOT NULL,
	`position` integer NOT NULL,
	`reference` text NOT NULL,
	`values` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sample_reserves_draw_reference` ON `sample_reserves` (`draw_id`,`reference`);