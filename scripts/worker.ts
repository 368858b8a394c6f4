import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { closeDatabase, openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { takeFirstSlotSnapshot } from '@/lib/dashboard/first-slot-snapshot';
import { createMailSender } from '@/lib/mail/transport';
import { startWorker } from '@/lib/notify/worker';
import { loadConfigOrExit } from './lib/config';

/**
 * The notification worker (`npm run worker`): sends the queued mails. `npm start` and
 * the browser tests start it beside the app; any number may run at once, each claims
 * its own jobs. SIGTERM or Ctrl-C lets the current mail finish, then exits.
 */
const config = loadConfigOrExit();
const db = openDatabase(config.database.filePath);
applyMigrations(db);
const log = (line: string) => console.log(line);
const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
const worker = startWorker({
  db,
  mail: createMailSender(config.mail, log),
  now: () => new Date(),
  appUrl: config.appUrl,
  secret: config.auth.secret,
  mailFrom: config.mail.from,
  config: config.notify,
  workerId,
  log,
  allowPlainHttp: config.mode === 'demo',
});
// The dashboard's "wait to the first free slot": once an hour (the first worker to record
// an hour wins), checked every minute so a restart does not skip an hour.
const snapshot = () => {
  try {
    if (takeFirstSlotSnapshot(db, new Date())) log('[worker] first-free-slot snapshot taken');
  } catch (error) {
    log(
      `[worker] first-free-slot snapshot failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};
const snapshotTimer = setInterval(snapshot, 60_000);
snapshot();
log(`[worker] ${workerId} started (${config.mode} mode, database ${config.database.filePath})`);

let isStopping = false;
const stop = (signal: string) => {
  if (isStopping) return;
  isStopping = true;
  clearInterval(snapshotTimer);
  log(`[worker] ${signal}: finishing the current job`);
  void worker.stop().then(() => {
    closeDatabase(db);
    process.exit(0);
  });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
