import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Seals a manage token for later mails (reminders, changes) with AES-256-GCM under a key
 * derived from the app secret (HKDF-SHA256). Whoever can read the database still cannot
 * use the token without AUTH_SECRET, which already signs every session.
 */
const manageTokenInfo = 'beratungsportal notify manage-token v1';

/** `info` separates the keys of different uses (HKDF), so one box never opens as another. */
function keyOf(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'beratungsportal', info, 32));
}

export function sealToken(secret: string, token: string, info = manageTokenInfo): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, info), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return ['v1', ...[iv, cipher.getAuthTag(), sealed].map((p) => p.toString('base64url'))].join('.');
}

/** The token, or null when the box was sealed under another secret or is damaged. */
export function openToken(secret: string, box: string, info = manageTokenInfo): string | null {
  const [version, iv, tag, sealed] = box.split('.');
  if (version !== 'v1' || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyOf(secret, info),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}
