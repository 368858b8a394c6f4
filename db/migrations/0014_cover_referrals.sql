CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`from_booking_id` text NOT NULL,
	`to_booking_id` text NOT NULL,
	`from_staff_id` text NOT NULL,
	`from_provider_id` text NOT NULL,
	`to_provider_id` text NOT NULL,
	`to_office_id` text NOT NULL,
	`note` text NOT NULL,
	`consent_at` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`from_booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "referrals_providers_check" CHECK("referrals"."from_provider_id" <> "referrals"."to_provider_id"),
	CONSTRAINT "referrals_note_check" CHECK(length("referrals"."note") between 1 and 500)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_to_booking_unique` ON `referrals` (`to_booking_id`);--> statement-breakpoint
CREATE INDEX `referrals_from_booking_idx` ON `referrals` (`from_booking_id`);--> statement-breakpoint
CREATE INDEX `referrals_created_idx` ON `referrals` (`created_at`,`from_provider_id`,`to_provider_id`);--> statement-breakpoint
ALTER TABLE `bookings` ADD `notes_consent` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `booking_handovers` ADD `resolution` text;--> statement-breakpoint
ALTER TABLE `booking_handovers` ADD `resolved_by` text;