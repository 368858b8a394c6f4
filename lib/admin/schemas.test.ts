import { describe, expect, it } from 'vitest';
import { newServiceFormSchema, officeFormSchema, staffFormSchema } from './schemas';
import { formOf } from './test-fixture';

/** The form field each error is reported at (what the form marks). */
function errorFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => String(issue.path.at(-1)));
}

describe('staffFormSchema', () => {
  it('gathers ticked boxes into lists and lower-cases the address', () => {
    const input = staffFormSchema.parse(
      formOf({
        email: ' Anna@Example.ORG',
        displayName: 'Anna',
        role: 'counsellor',
        channels: ['video', 'phone'],
        languages: ['de'],
      }),
    );
    expect(input).toMatchObject({
      email: 'anna@example.org',
      channels: ['video', 'phone'],
      languages: ['de'],
      teams: [],
      services: [],
    });
  });

  it('reports a bad value at its group or field, never at a list index', () => {
    const result = staffFormSchema.safeParse(
      formOf({ email: 'keine-adresse', displayName: 'A', role: 'chef', channels: ['fax'] }),
    );
    expect(errorFields(result).sort()).toEqual(['channels', 'email', 'role']);
  });
});

describe('officeFormSchema', () => {
  const form = {
    name: 'A',
    street: 'Weg 1',
    postcode: '40211',
    city: 'D',
    timeZone: 'Europe/Berlin',
    channels: ['presence'],
    bufferMinutes: '10',
    minNoticeMinutes: '720',
    bookingHorizonDays: '56',
    slotStepMinutes: '30',
    maxActiveBookingsPerEmail: '2',
    changeNoticeMinutes: '120',
    maxReschedules: '3',
  };

  it('reads postcode prefixes from free text and leaves an empty budget unset', () => {
    const input = officeFormSchema.parse(formOf({ ...form, prefixes: '402,403  402' }));
    expect(input.prefixes).toEqual(['402', '403']);
    expect(input.clientBudgetMinutes).toBeUndefined();
  });

  it('rejects rules outside their ranges, unknown zones and an office without channels', () => {
    const result = officeFormSchema.safeParse(
      formOf({
        ...form,
        bufferMinutes: '241',
        timeZone: 'Mars/Olympus',
        channels: [],
        prefixes: '4x',
      }),
    );
    expect(errorFields(result).sort()).toEqual([
      'bufferMinutes',
      'channels',
      'prefixes',
      'timeZone',
    ]);
  });
});

describe('newServiceFormSchema', () => {
  it('turns the flat form into texts per locale and minutes per offered channel', () => {
    const input = newServiceFormSchema.parse({
      id: 'bbe-test',
      providerId: 'bbe',
      sortOrder: '3',
      name_de: 'Name',
      description_de: 'Text',
      name_en: 'Name',
      description_en: 'Text',
      minutes_video: '45',
    });
    expect(input).toEqual({
      id: 'bbe-test',
      providerId: 'bbe',
      sortOrder: 3,
      translations: [
        { locale: 'de', name: 'Name', description: 'Text' },
        { locale: 'en', name: 'Name', description: 'Text' },
      ],
      durations: [{ channel: 'video', minutes: 45 }],
    });
  });

  it('refuses "neu", the path of the page that creates a service', () => {
    const result = newServiceFormSchema.safeParse({ id: 'neu', providerId: 'bbe' });
    expect(errorFields(result)).toContain('id');
  });

  it('requires the texts of every locale', () => {
    const result = newServiceFormSchema.safeParse({
      id: 'x-y',
      providerId: 'bbe',
      sortOrder: '1',
      name_de: 'N',
      description_de: 'T',
    });
    expect(errorFields(result).sort()).toEqual(['description_en', 'name_en']);
  });
});
