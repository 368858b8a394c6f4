INSERT OR IGNORE INTO `mail_deliveries` SELECT * FROM `__keep_mail_deliveries`;--> statement-breakpoint
DROP TABLE `__keep_mail_deliveries`;
