CREATE TABLE `meeting_points` (
	`id` text PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`is_step_free` integer NOT NULL,
	`typical_duration_minutes` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_points_office_idx` ON `meeting_points` (`office_id`);--> statement-breakpoint
CREATE TABLE `office_channels` (
	`office_id` text NOT NULL,
	`channel` text NOT NULL,
	PRIMARY KEY(`office_id`, `channel`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "office_channels_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk'))
);
--> statement-breakpoint
CREATE TABLE `office_postcode_areas` (
	`office_id` text NOT NULL,
	`prefix` text NOT NULL,
	PRIMARY KEY(`office_id`, `prefix`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "office_postcode_areas_prefix_check" CHECK(length("office_postcode_areas"."prefix") between 1 and 5)
);
--> statement-breakpoint
CREATE INDEX `office_postcode_areas_prefix_idx` ON `office_postcode_areas` (`prefix`);--> statement-breakpoint
CREATE TABLE `offices` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`name` text NOT NULL,
	`street` text NOT NULL,
	`postcode` text NOT NULL,
	`city` text NOT NULL,
	`phone` text,
	`email` text,
	`accessibility_notes` text DEFAULT '' NOT NULL,
	`time_zone` text DEFAULT 'Europe/Berlin' NOT NULL,
	`buffer_minutes` integer DEFAULT 10 NOT NULL,
	`min_notice_minutes` integer DEFAULT 720 NOT NULL,
	`booking_horizon_days` integer DEFAULT 56 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "offices_postcode_check" CHECK(length("offices"."postcode") = 5),
	CONSTRAINT "offices_buffer_check" CHECK("offices"."buffer_minutes" between 0 and 240),
	CONSTRAINT "offices_notice_check" CHECK("offices"."min_notice_minutes" between 0 and 43200),
	CONSTRAINT "offices_horizon_check" CHECK("offices"."booking_horizon_days" between 1 and 366)
);
--> statement-breakpoint
CREATE INDEX `offices_provider_idx` ON `offices` (`provider_id`);--> statement-breakpoint
CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	CONSTRAINT "providers_id_check" CHECK(id in ('bbie', 'bbe'))
);
--> statement-breakpoint
CREATE TABLE `public_holidays` (
	`region` text NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`region`, `date`),
	CONSTRAINT "public_holidays_date_check" CHECK(length("public_holidays"."date") = 10)
);
--> statement-breakpoint
CREATE TABLE `service_durations` (
	`service_id` text NOT NULL,
	`channel` text NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`service_id`, `channel`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "service_durations_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk')),
	CONSTRAINT "service_durations_minutes_check" CHECK("service_durations"."minutes" between 5 and 480)
);
--> statement-breakpoint
CREATE TABLE `service_translations` (
	`service_id` text NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	PRIMARY KEY(`service_id`, `locale`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `services_provider_idx` ON `services` (`provider_id`);--> statement-breakpoint
CREATE TABLE `absences` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "absences_interval_check" CHECK("absences"."starts_at" < "absences"."ends_at"),
	CONSTRAINT "absences_reason_check" CHECK(reason in ('vacation', 'sick', 'training', 'other'))
);
--> statement-breakpoint
CREATE INDEX `absences_staff_time_idx` ON `absences` (`staff_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `availability_rule_channels` (
	`rule_id` text NOT NULL,
	`channel` text NOT NULL,
	PRIMARY KEY(`rule_id`, `channel`),
	FOREIGN KEY (`rule_id`) REFERENCES `availability_rules`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "availability_rule_channels_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk'))
);
--> statement-breakpoint
CREATE TABLE `availability_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`office_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "availability_rules_weekday_check" CHECK("availability_rules"."weekday" between 1 and 7),
	CONSTRAINT "availability_rules_time_check" CHECK(length("availability_rules"."start_time") = 5 and length("availability_rules"."end_time") = 5 and "availability_rules"."start_time" < "availability_rules"."end_time"),
	CONSTRAINT "availability_rules_valid_check" CHECK("availability_rules"."valid_to" is null or "availability_rules"."valid_from" <= "availability_rules"."valid_to")
);
--> statement-breakpoint
CREATE INDEX `availability_rules_staff_idx` ON `availability_rules` (`staff_id`);--> statement-breakpoint
CREATE INDEX `availability_rules_office_idx` ON `availability_rules` (`office_id`);--> statement-breakpoint
CREATE TABLE `counsellor_channels` (
	`staff_id` text NOT NULL,
	`channel` text NOT NULL,
	PRIMARY KEY(`staff_id`, `channel`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "counsellor_channels_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk'))
);
--> statement-breakpoint
CREATE TABLE `counsellor_languages` (
	`staff_id` text NOT NULL,
	`language` text NOT NULL,
	PRIMARY KEY(`staff_id`, `language`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "counsellor_languages_code_check" CHECK(length("counsellor_languages"."language") = 2)
);
--> statement-breakpoint
CREATE INDEX `counsellor_languages_language_idx` ON `counsellor_languages` (`language`);--> statement-breakpoint
CREATE TABLE `counsellor_offices` (
	`staff_id` text NOT NULL,
	`office_id` text NOT NULL,
	PRIMARY KEY(`staff_id`, `office_id`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `counsellor_offices_office_idx` ON `counsellor_offices` (`office_id`);--> statement-breakpoint
CREATE TABLE `counsellor_services` (
	`staff_id` text NOT NULL,
	`service_id` text NOT NULL,
	PRIMARY KEY(`staff_id`, `service_id`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `counsellor_services_service_idx` ON `counsellor_services` (`service_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`oidc_subject` text,
	`home_office_id` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "staff_role_check" CHECK(role in ('counsellor', 'team_lead', 'admin')),
	CONSTRAINT "staff_email_lower_check" CHECK("staff"."email" = lower("staff"."email"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email_unique` ON `staff` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_oidc_subject_unique` ON `staff` (`oidc_subject`);--> statement-breakpoint
CREATE TABLE `team_memberships` (
	`team_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`team_id`, `staff_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "team_memberships_role_check" CHECK(role in ('member', 'lead'))
);
--> statement-breakpoint
CREATE INDEX `team_memberships_staff_idx` ON `team_memberships` (`staff_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`office_id` text NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `teams_office_idx` ON `teams` (`office_id`);--> statement-breakpoint
CREATE TABLE `booking_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` text NOT NULL,
	`type` text NOT NULL,
	`actor_type` text NOT NULL,
	`actor_id` text,
	`data` text NOT NULL,
	`occurred_at` text NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "booking_events_actor_type_check" CHECK(actor_type in ('client', 'staff', 'system'))
);
--> statement-breakpoint
CREATE INDEX `booking_events_booking_idx` ON `booking_events` (`booking_id`,`id`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`channel` text NOT NULL,
	`office_id` text NOT NULL,
	`meeting_point_id` text,
	`counsellor_id` text NOT NULL,
	`client_id` text NOT NULL,
	`language` text DEFAULT 'de' NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`status` text NOT NULL,
	`manage_token_hash` text NOT NULL,
	`reschedule_count` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_point_id`) REFERENCES `meeting_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counsellor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bookings_interval_check" CHECK("bookings"."starts_at" < "bookings"."ends_at"),
	CONSTRAINT "bookings_status_check" CHECK(status in ('confirmed', 'cancelled', 'completed', 'no_show')),
	CONSTRAINT "bookings_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk')),
	CONSTRAINT "bookings_meeting_point_check" CHECK(("bookings"."channel" = 'walk_and_talk') = ("bookings"."meeting_point_id" is not null)),
	CONSTRAINT "bookings_reschedule_count_check" CHECK("bookings"."reschedule_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_counsellor_start_confirmed_unique` ON `bookings` (`counsellor_id`,`starts_at`) WHERE status = 'confirmed';--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_manage_token_hash_unique` ON `bookings` (`manage_token_hash`);--> statement-breakpoint
CREATE INDEX `bookings_counsellor_time_idx` ON `bookings` (`counsellor_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `bookings_office_time_idx` ON `bookings` (`office_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `bookings_client_idx` ON `bookings` (`client_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`preferred_language` text DEFAULT 'de' NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "clients_email_lower_check" CHECK("clients"."email" = lower("clients"."email"))
);
--> statement-breakpoint
CREATE INDEX `clients_email_idx` ON `clients` (`email`);