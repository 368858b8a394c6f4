CREATE TABLE `booking_mail_profiles` (
	`booking_id` text PRIMARY KEY NOT NULL,
	`locale` text NOT NULL,
	`sealed_manage_token` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`booking_id` text,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`outcome` text,
	`run_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer NOT NULL,
	`locked_by` text,
	`locked_until` text,
	`last_error` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "jobs_kind_check" CHECK(kind in ('booking_confirmation', 'booking_change', 'booking_cancellation', 'booking_reminder', 'staff_notice')),
	CONSTRAINT "jobs_status_check" CHECK(status in ('pending', 'running', 'done', 'failed', 'cancelled')),
	CONSTRAINT "jobs_attempts_check" CHECK("jobs"."attempts" >= 0 and "jobs"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_idempotency_key_unique` ON `jobs` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `jobs_status_run_at_idx` ON `jobs` (`status`,`run_at`);--> statement-breakpoint
CREATE INDEX `jobs_booking_idx` ON `jobs` (`booking_id`,`status`);--> statement-breakpoint
CREATE TABLE `mail_deliveries` (
	`job_id` integer PRIMARY KEY NOT NULL,
	`recipient` text NOT NULL,
	`locale` text NOT NULL,
	`subject` text NOT NULL,
	`message_id` text NOT NULL,
	`state` text NOT NULL,
	`send_count` integer DEFAULT 0 NOT NULL,
	`started_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mail_deliveries_state_check" CHECK(state in ('sending', 'sent'))
);
