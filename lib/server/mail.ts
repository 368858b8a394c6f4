import 'server-only';
import { getConfig } from '@/lib/env';
import { createMailSender, type MailSender } from '@/lib/mail/transport';

const globalForMail = globalThis as unknown as { beratungsportalMail?: MailSender };

/** The process's mail sender (SMTP, or the log in demo mode without SMTP_URL). */
export function getMailSender(): MailSender {
  globalForMail.beratungsportalMail ??= createMailSender(getConfig().mail, (line) =>
    console.info(line),
  );
  return globalForMail.beratungsportalMail;
}
