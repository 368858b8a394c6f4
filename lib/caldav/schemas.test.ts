import { describe, expect, it } from 'vitest';
import { connectCalendarSchema } from './schemas';

const valid = {
  calendarUrl: ' https://cloud.example.de/remote.php/dav/calendars/anna/dienst/ ',
  username: 'anna',
  password: 'app-passwort',
};

describe('connectCalendarSchema', () => {
  it('takes an http(s) address, trimmed', () => {
    expect(connectCalendarSchema.parse(valid).calendarUrl).toBe(
      'https://cloud.example.de/remote.php/dav/calendars/anna/dienst/',
    );
  });

  it.each([
    ['no address', ''],
    ['not a URL', 'kalender'],
    ['another scheme', 'ftp://cloud.example.de/dienst/'],
    ['credentials in the address', 'https://anna:geheim@cloud.example.de/dienst/'],
  ])('refuses %s', (_what, calendarUrl) => {
    expect(connectCalendarSchema.safeParse({ ...valid, calendarUrl }).success).toBe(false);
  });

  it('needs a user name and a password', () => {
    expect(connectCalendarSchema.safeParse({ ...valid, username: ' ' }).success).toBe(false);
    expect(connectCalendarSchema.safeParse({ ...valid, password: '' }).success).toBe(false);
  });
});
