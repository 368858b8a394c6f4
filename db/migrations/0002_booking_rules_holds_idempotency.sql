CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text NOT NULL,
	`window_start` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`key`, `window_start`)
);
--> statement-breakpoint
CREATE TABLE `slot_holds` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`office_id` text NOT NULL,
	`counsellor_id` text NOT NULL,
	`service_id` text NOT NULL,
	`channel` text NOT NULL,
	`language` text,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counsellor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "slot_holds_interval_check" CHECK("slot_holds"."starts_at" < "slot_holds"."ends_at"),
	CONSTRAINT "slot_holds_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slot_holds_token_hash_unique` ON `slot_holds` (`token_hash`);--> statement-breakpoint
CREATE INDEX `slot_holds_counsellor_time_idx` ON `slot_holds` (`counsellor_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `slot_holds_expires_idx` ON `slot_holds` (`expires_at`);--> statement-breakpoint
ALTER TABLE `offices` ADD `slot_step_minutes` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `offices` ADD `max_active_bookings_per_email` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `offices` ADD `change_notice_minutes` integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE `offices` ADD `max_reschedules` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `offices` ADD `client_budget_minutes` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `needs` text;