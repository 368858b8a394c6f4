import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '@/lib/env';

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** An iCalendar invitation (iTIP method REQUEST or CANCEL), sent as text/calendar. */
  icalEvent?: { method: string; filename: string; content: string };
  /** A fixed Message-ID, so a resent copy is recognisably the same message. */
  messageId?: string;
  /** Another display name on the configured sender address (e.g. a receiving office). */
  from?: { name: string; address: string };
  replyTo?: string;
};

export type MailSender = { send(mail: OutgoingMail): Promise<void> };

/**
 * Sends through SMTP when `SMTP_URL` is set. Without it (demo mode only; production
 * requires it) nodemailer renders the message and it is written to the server log,
 * labelled, so a demo user can follow a sign-in link.
 */
export function createMailSender(config: MailConfig, log: (line: string) => void): MailSender {
  const transport: Transporter = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.from, ...mail });
      if (!config.smtpUrl) {
        log(
          `[mail] demo mode, not sent (no SMTP_URL): to ${mail.to}, "${mail.subject}"\n${mail.text}`,
        );
      } else if (info.rejected.length > 0) {
        throw new Error(`SMTP server rejected ${info.rejected.join(', ')}`);
      }
    },
  };
}
