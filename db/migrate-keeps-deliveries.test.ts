import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { closeDatabase, openDatabase } from './client';
import { applyMigrations, migrationsFolder } from './migrate';

/** The migrations up to (not including) `tag`, as their own folder. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.mkdirSync(path.join(folder, 'meta'));
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { idx: number; tag: string }[] };
  const cut = journal.entries.find((e) => e.tag === tag)!.idx;
  const entries = journal.entries.filter((e) => e.idx < cut);
  for (const e of entries)
    fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  fs.writeFileSync(
    path.join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries }),
  );
  return folder;
}

it.each([
  ['the waitlist', '0008_keep_mail_deliveries'],
  ['the CalDAV push', '0011_keep_mail_deliveries_caldav'],
])('rebuilding jobs for %s keeps the mail deliveries (no cascade)', (_what, tag) => {
  const db = openDatabase(':memory:');
  applyMigrations(db, migrationsBefore(tag));
  db.$client.exec(`
    insert into jobs (kind, idempotency_key, payload, status, run_at, max_attempts, created_at, updated_at)
      values ('staff_notice', 'k1', '{}', 'done', 't', 3, 't', 't');
    insert into mail_deliveries (job_id, recipient, locale, subject, message_id, state, started_at)
      values (1, 'a@example.org', 'de', 's', '<m@x>', 'sent', 't');`);
  applyMigrations(db);
  expect(db.$client.prepare('select job_id, state from mail_deliveries').all()).toEqual([
    { job_id: 1, state: 'sent' },
  ]);
  expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  closeDatabase(db);
});
