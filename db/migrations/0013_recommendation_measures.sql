CREATE TABLE `report_document_control` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`version` text DEFAULT '' NOT NULL,
	`distribution` text DEFAULT '' NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `recommendations` ADD `success_measure` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `progress_rating` text;