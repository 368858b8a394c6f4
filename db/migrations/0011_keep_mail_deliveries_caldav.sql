-- 0012 rebuilds `jobs` (the new kind `calendar_push` in its CHECK). As for 0008/0010:
-- inside the migrator's transaction `PRAGMA foreign_keys=OFF` has no effect, so dropping
-- the old table would cascade to `mail_deliveries`. Keep a copy here; 0013 puts it back.
CREATE TABLE `__keep_mail_deliveries` AS SELECT * FROM `mail_deliveries`;
