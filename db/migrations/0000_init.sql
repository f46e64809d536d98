CREATE TABLE `criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`domain_id` integer NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`guidance` text DEFAULT '[]' NOT NULL,
	`what_good_looks_like` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`domain_id`) REFERENCES `domains`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_version_key` ON `criteria` (`version_id`,`key`);--> statement-breakpoint
CREATE INDEX `criteria_domain` ON `criteria` (`domain_id`);--> statement-breakpoint
CREATE TABLE `domains` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `domains_version_key` ON `domains` (`version_id`,`key`);--> statement-breakpoint
CREATE TABLE `framework_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`framework_id` integer NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`not_applicable_label` text DEFAULT 'Not applicable' NOT NULL,
	`good_or_better_from` integer NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `framework_versions_family_version` ON `framework_versions` (`framework_id`,`version`);--> statement-breakpoint
CREATE TABLE `frameworks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`builtin` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `frameworks_key_unique` ON `frameworks` (`key`);--> statement-breakpoint
CREATE TABLE `scale_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`value` integer NOT NULL,
	`colour` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scale_levels_version_value` ON `scale_levels` (`version_id`,`value`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
