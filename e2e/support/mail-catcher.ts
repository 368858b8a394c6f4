import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type MailCatcher = { smtpUrl: string; stop: () => Promise<void> };

/** A received message; files are named `<receivedAt epoch ms>-<counter>.eml`. */
type StoredMail = { file: string; receivedAt: number; mail: ParsedMail };

const fileNamePattern = /^(\d+)-(\d+)\.eml$/;
const pollIntervalMs = 100;

/**
 * An SMTP sink on 127.0.0.1: accepts every message (no AUTH, no TLS, no size limit) and
 * stores it raw in `directory`. Written under a temporary name, then renamed, so readers
 * never see half a message.
 */
export async function startMailCatcher(options: {
  port: number;
  directory: string;
}): Promise<MailCatcher> {
  fs.mkdirSync(options.directory, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      const name = `${Date.now()}-${++counter}.eml`;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('error', callback);
      stream.once('end', () => {
        const temporary = path.join(options.directory, `.${name}.tmp`);
        fs.promises
          .writeFile(temporary, Buffer.concat(chunks))
          .then(() => fs.promises.rename(temporary, path.join(options.directory, name)))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    smtpUrl: `smtp://127.0.0.1:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const parsed = new Map<string, ParsedMail>();

/** Every stored message in the order received; files never change once renamed, so parses are cached. */
async function readStoredMails(directory: string): Promise<StoredMail[]> {
  const stored: StoredMail[] = [];
  const entries = fs.existsSync(directory) ? await fs.promises.readdir(directory) : [];
  for (const file of entries) {
    const match = fileNamePattern.exec(file);
    if (!match) continue;
    const fullPath = path.join(directory, file);
    let mail = parsed.get(fullPath);
    if (!mail) {
      mail = await simpleParser(await fs.promises.readFile(fullPath));
      parsed.set(fullPath, mail);
    }
    stored.push({ file, receivedAt: Number(match[1]), mail });
  }
  const order = (file: string) => Number(fileNamePattern.exec(file)?.[2]);
  return stored.sort((a, b) => a.receivedAt - b.receivedAt || order(a.file) - order(b.file));
}

/** Parsed messages in `directory`, oldest first. */
export async function listMails(directory: string): Promise<ParsedMail[]> {
  return (await readStoredMails(directory)).map((stored) => stored.mail);
}

/** The lower-cased addresses a message's To header names (groups included). */
export function recipientsOf(mail: ParsedMail): string[] {
  const headers: AddressObject[] = mail.to ? [mail.to].flat() : [];
  return headers
    .flatMap((header) => header.value)
    .flatMap((address) => [address, ...(address.group ?? [])])
    .flatMap((address) => (address.address ? [address.address.toLowerCase()] : []));
}

function summarise(stored: StoredMail): string {
  const received = new Date(stored.receivedAt).toISOString();
  return `  ${received} to ${recipientsOf(stored.mail).join(', ') || '(none)'}: "${stored.mail.subject ?? ''}"`;
}

/**
 * Waits for the first message to `to` (case-insensitive) whose subject contains
 * `subjectIncludes`, received at or after `after` (epoch ms). Polls the directory.
 */
export async function waitForMail(options: {
  directory: string;
  to: string;
  subjectIncludes?: string;
  after?: number;
  timeoutMs?: number;
}): Promise<ParsedMail> {
  const { directory, subjectIncludes, after = 0, timeoutMs = 10_000 } = options;
  const to = options.to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = await readStoredMails(directory);
    const found = stored.find(
      ({ receivedAt, mail }) =>
        receivedAt >= after &&
        recipientsOf(mail).includes(to) &&
        (subjectIncludes === undefined || (mail.subject ?? '').includes(subjectIncludes)),
    );
    if (found) return found.mail;
    if (Date.now() >= deadline) {
      const wanted = `to ${to}${subjectIncludes ? ` with subject containing "${subjectIncludes}"` : ''}`;
      const since = after ? ` received since ${new Date(after).toISOString()}` : '';
      const arrived = stored.length ? stored.map(summarise).join('\n') : '  (none)';
      throw new Error(
        `No mail ${wanted}${since} within ${timeoutMs} ms. Mails in ${directory}:\n${arrived}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
  }
}

/** The directory global setup's mail catcher writes to (E2E_MAIL_DIR). */
export function e2eMailDirectory(): string {
  const directory = process.env.E2E_MAIL_DIR;
  if (!directory) throw new Error('E2E_MAIL_DIR is not set (global setup did not run)');
  return directory;
}
