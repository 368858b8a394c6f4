import { describe, expect, it } from 'vitest';
import { openToken, sealToken } from './seal';

const secret = 'a-test-secret-that-is-at-least-32-characters';

describe('sealed manage tokens', () => {
  it('opens what it sealed, with a fresh nonce each time', () => {
    const a = sealToken(secret, 'token-123');
    const b = sealToken(secret, 'token-123');
    expect(a).not.toBe(b);
    expect(a).not.toContain('token-123');
    expect(openToken(secret, a)).toBe('token-123');
    expect(openToken(secret, b)).toBe('token-123');
  });

  it('refuses another secret and a tampered box', () => {
    const box = sealToken(secret, 'token-123');
    expect(openToken(`${secret}-other`, box)).toBeNull();
    const parts = box.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(
      openToken(secret, [...parts.slice(0, 3), flipped.toString('base64url')].join('.')),
    ).toBeNull();
    expect(openToken(secret, 'garbage')).toBeNull();
  });
});
