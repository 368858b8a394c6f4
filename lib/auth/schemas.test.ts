import { describe, expect, it } from 'vitest';
import { callbackPathSchema, emailLinkFormSchema } from './schemas';

describe('callbackPathSchema', () => {
  it.each(['/de/meine-termine', '/en/termin/abc?x=1', '/'])('keeps the local path %s', (path) => {
    expect(callbackPathSchema.parse(path)).toBe(path);
  });

  it.each([
    '//evil.example/x',
    'https://evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '',
  ])('drops %s, which could leave the site', (path) => {
    expect(callbackPathSchema.parse(path)).toBeUndefined();
  });
});

describe('emailLinkFormSchema', () => {
  it('lower-cases the address and rejects what is not one', () => {
    expect(emailLinkFormSchema.parse({ email: ' Anna@Example.ORG ' }).email).toBe(
      'anna@example.org',
    );
    expect(emailLinkFormSchema.safeParse({ email: 'anna@' }).success).toBe(false);
  });
});
