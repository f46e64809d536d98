CREATE TABLE `agency_auditors` (
	`event_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`auditor` text NOT NULL,
	PRIMARY KEY(`event_id`, `agency_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `allocations` (
	`event_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`allocated` integer NOT NULL,
	PRIMARY KEY(`case_id`, `agency_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `allocations_event` ON `allocations` (`event_id`);--> statement-breakpoint
CREATE TABLE `event_exchange` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`deadline` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `identities` (
	`id` integer PRIMARY KEY NOT NULL,
	`secret_key` text NOT NULL,
	`recipient` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `imported_returns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pack_id` text NOT NULL,
	`sha256` text NOT NULL,
	`revision` integer,
	`file_name` text NOT NULL,
	`auditor` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`imported_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pack_id`) REFERENCES `packs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `imported_returns_pack` ON `imported_returns` (`pack_id`);--> statement-breakpoint
CREATE INDEX `imported_returns_sha` ON `imported_returns` (`sha256`);--> statement-breakpoint
CREATE TABLE `opened_packs` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`source_uid` text NOT NULL,
	`agency_id` integer NOT NULL,
	`secret` text NOT NULL,
	`recipient` text NOT NULL,
	`auditor` text DEFAULT '' NOT NULL,
	`deadline` text,
	`revision` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `opened_packs_pack` ON `opened_packs` (`pack_id`);--> statement-breakpoint
CREATE INDEX `opened_packs_source` ON `opened_packs` (`source_uid`,`agency_id`);--> statement-breakpoint
CREATE TABLE `pack_baselines` (
	`pack_id` text NOT NULL,
	`case_id` integer NOT NULL,
	`auditor` text NOT NULL,
	`facilitator_hash` text,
	`return_hash` text,
	FOREIGN KEY (`pack_id`) REFERENCES `packs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pack_baselines_key` ON `pack_baselines` (`pack_id`,`case_id`,lower("auditor"));--> statement-breakpoint
CREATE TABLE `packs` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`kind` text NOT NULL,
	`secret` text NOT NULL,
	`auditor` text DEFAULT '' NOT NULL,
	`deadline` text,
	`case_count` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` text NOT NULL,
	`superseded_at` text,
	`last_revision` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `packs_event_agency` ON `packs` (`event_id`,`agency_id`);