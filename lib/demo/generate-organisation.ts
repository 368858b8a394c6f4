import type { Channel } from '@/db/schema/enums';
import { demoAgencies, demoCentres, type DemoOffice } from './nrw-offices';
import { demoProviders, demoServices } from './services';
import type { DemoContext, DemoData } from './types';

type Organisation = Pick<
  DemoData,
  | 'providers'
  | 'offices'
  | 'officeChannels'
  | 'officePostcodeAreas'
  | 'meetingPoints'
  | 'services'
  | 'serviceTranslations'
  | 'serviceDurations'
>;

const meetingPointTemplates = [
  {
    name: 'Haupteingang',
    description: 'Vor dem Haupteingang des Gebäudes, am Fahrradständer.',
    isStepFree: true,
  },
  {
    name: 'Stadtpark, Eingang Nord',
    description: 'Am Infoschild des Parkeingangs, ca. 5 Minuten zu Fuß vom Amt.',
    isStepFree: true,
  },
  {
    name: 'Uferweg am Fluss',
    description: 'An der Bank beim Uferweg; Kieswege, leichte Steigung.',
    isStepFree: false,
  },
];

const accessibilityNotes = [
  'Stufenloser Zugang, Aufzug, barrierefreies WC im Erdgeschoss.',
  'Stufenloser Zugang über den Seiteneingang; Induktionsschleife im Beratungsraum 2.',
  'Aufzug vorhanden; Leitsystem für blinde und sehbehinderte Menschen im Eingangsbereich.',
];

function officeRow(office: DemoOffice, providerId: 'bbie' | 'bbe', index: number) {
  return {
    id: office.slug,
    providerId,
    name: office.name,
    street: office.street,
    postcode: office.postcode,
    city: office.city,
    phone: `+49 800 555 ${String(1000 + index).padStart(4, '0')}`,
    email: `${office.slug}@beratungsportal.example`,
    accessibilityNotes: accessibilityNotes[index % accessibilityNotes.length] ?? '',
    // BBE counts counselling hours per client (9 h); BBiE has no such budget.
    clientBudgetMinutes: providerId === 'bbe' ? 540 : null,
  };
}

/** Walk-and-talk needs a safe route nearby; a few demo offices have none. */
function channelsOf(ctx: DemoContext): Channel[] {
  const base: Channel[] = ['presence', 'phone', 'video'];
  return ctx.faker.number.float() < 0.8 ? [...base, 'walk_and_talk'] : base;
}

export function generateOrganisation(ctx: DemoContext): Organisation {
  const data: Organisation = {
    providers: demoProviders.map((p) => ({ ...p })),
    offices: [],
    officeChannels: [],
    officePostcodeAreas: [],
    meetingPoints: [],
    services: [],
    serviceTranslations: [],
    serviceDurations: [],
  };
  const all = [
    ...demoAgencies.map((o) => ({ office: o, providerId: 'bbie' as const })),
    ...demoCentres.map((o) => ({ office: o, providerId: 'bbe' as const })),
  ];
  all.slice(0, ctx.scale.offices ?? all.length).forEach(({ office, providerId }, index) => {
    data.offices.push(officeRow(office, providerId, index));
    const channels = channelsOf(ctx);
    for (const channel of channels) data.officeChannels.push({ officeId: office.slug, channel });
    for (const prefix of office.prefixes)
      data.officePostcodeAreas.push({ officeId: office.slug, prefix });
    if (!channels.includes('walk_and_talk')) return;
    const count = ctx.faker.number.int({ min: 1, max: 2 });
    ctx.faker.helpers.arrayElements(meetingPointTemplates, count).forEach((template, i) => {
      data.meetingPoints.push({
        id: `${office.slug}-mp${i + 1}`,
        officeId: office.slug,
        ...template,
        typicalDurationMinutes: ctx.faker.helpers.arrayElement([45, 60, 75]),
      });
    });
  });
  demoServices.forEach((service, sortOrder) => {
    data.services.push({ id: service.id, providerId: service.providerId, sortOrder });
    for (const locale of ['de', 'en'] as const) {
      data.serviceTranslations.push({ serviceId: service.id, locale, ...service[locale] });
    }
    for (const [channel, minutes] of Object.entries(service.minutes)) {
      data.serviceDurations.push({ serviceId: service.id, channel: channel as Channel, minutes });
    }
  });
  return data;
}
