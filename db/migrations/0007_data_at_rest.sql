CREATE TABLE `data_keys` (
	`purpose` text PRIMARY KEY NOT NULL,
	`secret` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `events` ADD `retain_until` text;--> statement-breakpoint
ALTER TABLE `events` ADD `purged_at` text;--> statement-breakpoint
-- Hand-added: the trail stays append-only, but a value may be replaced by a marker (deletion,
-- retention, redaction; db/trail-redaction.ts). Any other change, and every DELETE, is refused.
DROP TRIGGER `trail_no_update`;
--> statement-breakpoint
CREATE TRIGGER `trail_no_update` BEFORE UPDATE ON `trail`
WHEN NEW.`id` IS NOT OLD.`id` OR NEW.`event_id` IS NOT OLD.`event_id` OR NEW.`case_id` IS NOT OLD.`case_id`
  OR NEW.`at` IS NOT OLD.`at` OR NEW.`actor` IS NOT OLD.`actor` OR NEW.`entity` IS NOT OLD.`entity`
  OR NEW.`entity_id` IS NOT OLD.`entity_id` OR NEW.`field` IS NOT OLD.`field`
  OR (NEW.`old_value` IS NOT OLD.`old_value` AND NEW.`old_value` NOT IN ('[redacted]', '[deleted]', '[purged]'))
  OR (NEW.`new_value` IS NOT OLD.`new_value` AND NEW.`new_value` NOT IN ('[redacted]', '[deleted]', '[purged]'))
  OR (NEW.`note` IS NOT OLD.`note` AND NEW.`note` NOT IN ('[redacted]', '[deleted]', '[purged]'))
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: a value may only be replaced by a redaction marker.'); END;
