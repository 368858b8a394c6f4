CREATE TABLE `booking_handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`booking_id` text NOT NULL,
	`from_staff_id` text NOT NULL,
	`cause` text NOT NULL,
	`absence_id` text,
	`requested_at` text NOT NULL,
	`resolved_at` text,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`absence_id`) REFERENCES `absences`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "booking_handovers_cause_check" CHECK(cause in ('absence', 'availability'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_handovers_open_unique` ON `booking_handovers` (`booking_id`) WHERE resolved_at is null;--> statement-breakpoint
CREATE INDEX `booking_handovers_staff_idx` ON `booking_handovers` (`from_staff_id`,`requested_at`);--> statement-breakpoint
CREATE TABLE `booking_notes` (
	`booking_id` text NOT NULL,
	`author_staff_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`booking_id`, `author_staff_id`),
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "booking_notes_body_check" CHECK(length("booking_notes"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_hash_unique` ON `calendar_feeds` (`token_hash`);