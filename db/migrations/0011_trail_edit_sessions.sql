CREATE TABLE `trail_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`case_id` integer,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`field` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`old_value` text,
	`new_value` text,
	`started_at` text NOT NULL,
	`last_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trail_edits_actor` ON `trail_edits` (`actor`);--> statement-breakpoint
CREATE INDEX `trail_edits_event` ON `trail_edits` (`event_id`);