/**
 * Runs once when a server process starts: applies migrations and, in demo mode, seeds an
 * empty database, before the first request is served.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getConfig } = await import('./lib/env');
  const { openDatabase, closeDatabase } = await import('./db/client');
  const { prepareDatabase } = await import('./lib/setup/prepare-database');
  const config = getConfig();
  // Auth.js builds callback and email-link URLs from AUTH_URL; without it, from the
  // request's Host header, which a client controls.
  process.env.AUTH_URL = config.appUrl;
  const db = openDatabase(config.database.filePath);
  try {
    prepareDatabase(db, {
      now: new Date(),
      seedDemoData: config.seedDemoData,
      log: (line) => console.log(line),
    });
  } finally {
    closeDatabase(db);
  }
}
