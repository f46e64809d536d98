CREATE TABLE `report_narratives` (
	`event_id` integer NOT NULL,
	`section_key` text NOT NULL,
	`criterion_key` text DEFAULT '' NOT NULL,
	`text` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`event_id`, `section_key`, `criterion_key`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
