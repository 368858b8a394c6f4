import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './free-port';

export type RadicaleServer = {
  /** http://127.0.0.1:port */
  origin: string;
  username: string;
  password: string;
  /** A new, empty calendar collection of the test user (MKCALENDAR); its URL ends in '/'. */
  createCalendar: (name: string) => Promise<string>;
  /** The user's principal collection: a WebDAV collection that is not a calendar. */
  principalUrl: string;
  stop: () => Promise<void>;
};

const radicaleBinary = path.join(process.cwd(), '.tools', 'radicale-venv', 'bin', 'radicale');

/**
 * A real CalDAV server for the tests: Radicale (scripts/radicale-install.sh) on a free
 * loopback port, with a temporary storage folder and one user in a plain htpasswd file.
 */
export async function startRadicale(
  options: { username?: string; password?: string } = {},
): Promise<RadicaleServer> {
  if (!fs.existsSync(radicaleBinary)) {
    throw new Error('Radicale is not installed: run `bash scripts/radicale-install.sh`.');
  }
  const username = options.username ?? 'berater';
  const password = options.password ?? 'app-passwort-1234';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'radicale-'));
  const users = path.join(dir, 'users');
  fs.writeFileSync(users, `${username}:${password}\n`);
  const port = await findFreePort();
  const logFile = path.join(dir, 'radicale.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    radicaleBinary,
    [
      '--server-hosts',
      `127.0.0.1:${port}`,
      '--storage-filesystem-folder',
      path.join(dir, 'collections'),
      '--auth-type',
      'htpasswd',
      '--auth-htpasswd-filename',
      users,
      '--auth-htpasswd-encryption',
      'plain',
      // Radicale delays every failed login by up to a few seconds; the tests try one on purpose.
      '--auth-delay',
      '0',
      '--logging-level',
      'warning',
    ],
    { stdio: ['ignore', log, log] },
  );
  const origin = `http://127.0.0.1:${port}`;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Radicale did not start:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    const answered = await fetch(`${origin}/.web/`).then(
      (r) => r.status > 0,
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const principalUrl = `${origin}/${username}/`;
  const createCalendar = async (name: string) => {
    const url = `${principalUrl}${encodeURIComponent(name)}/`;
    const response = await fetch(url, {
      method: 'MKCALENDAR',
      headers: { Authorization: authorization },
    });
    if (response.status !== 201) throw new Error(`MKCALENDAR ${url}: ${response.status}`);
    return url;
  };
  return {
    origin,
    username,
    password,
    principalUrl,
    createCalendar,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.closeSync(log);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
