ALTER TABLE `agencies` ADD `fictional` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `event_agencies` ADD `archived_at` text;--> statement-breakpoint
UPDATE `agencies` SET `fictional` = 1 WHERE `name` LIKE 'Anyshire %' AND NOT EXISTS (SELECT 1 FROM `event_agencies` ea JOIN `events` e ON e.`id` = ea.`event_id` WHERE ea.`agency_id` = `agencies`.`id` AND e.`name` NOT LIKE '%(demo)');
