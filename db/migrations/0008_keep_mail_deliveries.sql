-- 0009 rebuilds `jobs` (a new kind in its CHECK). Migrations run in one transaction, where
-- `PRAGMA foreign_keys=OFF` has no effect, so dropping the old table would cascade to
-- `mail_deliveries`. Keep a copy here; 0010 puts it back.
CREATE TABLE `__keep_mail_deliveries` AS SELECT * FROM `mail_deliveries`;
