CREATE TABLE `channel_quotas` (
	`staff_id` text NOT NULL,
	`week_start` text NOT NULL,
	`channel` text NOT NULL,
	`share_percent` integer NOT NULL,
	`updated_by` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`staff_id`, `week_start`, `channel`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "channel_quotas_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk')),
	CONSTRAINT "channel_quotas_share_check" CHECK("channel_quotas"."share_percent" between 0 and 100),
	CONSTRAINT "channel_quotas_week_check" CHECK(length("channel_quotas"."week_start") = 10)
);
--> statement-breakpoint
ALTER TABLE `availability_rules` ADD `room` text;