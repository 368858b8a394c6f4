import type { Channel } from '@/db/schema/enums';
import { addDaysToLocalDate, isoWeekdayOf, startOfLocalDay } from '@/lib/calendar/local-date';
import { demoServices } from './services';
import type { DemoContext, DemoData } from './types';

type StaffData = Pick<
  DemoData,
  | 'staff'
  | 'teams'
  | 'teamMemberships'
  | 'counsellorServices'
  | 'counsellorChannels'
  | 'counsellorOffices'
  | 'counsellorLanguages'
  | 'availabilityRules'
  | 'availabilityRuleChannels'
  | 'absences'
  | 'channelQuotas'
>;

/** Demo sign-ins documented in the README; they exist only in demo mode. */
export const demoSignIns = {
  counsellor: 'beraterin@demo.beratungsportal.example',
  teamLead: 'teamleitung@demo.beratungsportal.example',
  admin: 'admin@demo.beratungsportal.example',
  officeId: 'aa-duesseldorf',
} as const;

type Block = { weekdays: number[]; start: string; end: string; kind: 'front' | 'remote' };

/** Weekly patterns: front-office hours in the morning, remote hours in the afternoon. */
const patterns: Block[][] = [
  [
    { weekdays: [1, 2, 3, 4], start: '08:00', end: '12:00', kind: 'front' },
    { weekdays: [1, 2, 3], start: '13:00', end: '15:30', kind: 'remote' },
    { weekdays: [4], start: '13:00', end: '18:00', kind: 'remote' },
    { weekdays: [5], start: '08:00', end: '12:30', kind: 'remote' },
  ],
  [
    { weekdays: [1, 3, 5], start: '08:30', end: '12:30', kind: 'front' },
    { weekdays: [2, 4], start: '08:30', end: '12:30', kind: 'remote' },
  ],
  [
    { weekdays: [2, 3, 4], start: '09:00', end: '12:30', kind: 'front' },
    { weekdays: [2, 3, 4], start: '13:30', end: '17:00', kind: 'remote' },
  ],
];

const extraLanguages = ['tr', 'ar', 'uk', 'ru', 'pl', 'fr', 'es', 'it', 'fa', 'ro', 'ku', 'el'];
const extraLanguageWeights = [18, 14, 12, 12, 8, 5, 5, 4, 4, 4, 3, 2];

function pickLanguages(ctx: DemoContext): string[] {
  const languages = ['de'];
  if (ctx.faker.number.float() < 0.5) languages.push('en');
  if (ctx.faker.number.float() < 0.4) {
    const weighted = extraLanguages.map((value, i) => ({
      value,
      weight: extraLanguageWeights[i] ?? 1,
    }));
    languages.push(ctx.faker.helpers.weightedArrayElement(weighted));
  }
  return languages;
}

function emailFor(ctx: DemoContext, first: string, last: string, officeId: string, n: number) {
  const local = ctx.faker.helpers.slugify(`${first}.${last}`).toLowerCase();
  return `${local}.${n}@${officeId}.beratungsportal.example`;
}

export type OfficeInfo = {
  id: string;
  providerId: 'bbie' | 'bbe';
  city: string;
  channels: Channel[];
};

export function generateStaff(ctx: DemoContext, offices: OfficeInfo[]): StaffData {
  const data: StaffData = {
    staff: [],
    teams: [],
    teamMemberships: [],
    counsellorServices: [],
    counsellorChannels: [],
    counsellorOffices: [],
    counsellorLanguages: [],
    availabilityRules: [],
    availabilityRuleChannels: [],
    absences: [],
    channelQuotas: [],
  };
  const createdAt = ctx.now.toISOString();
  let serial = 0;
  const addPerson = (
    role: 'counsellor' | 'team_lead' | 'admin',
    officeId: string,
    email?: string,
  ) => {
    const first = ctx.faker.person.firstName();
    const last = ctx.faker.person.lastName();
    const id = ctx.faker.string.uuid();
    serial += 1;
    data.staff.push({
      id,
      role,
      createdAt,
      homeOfficeId: officeId,
      displayName: `${first} ${last}`,
      email: email ?? emailFor(ctx, first, last, officeId, serial),
    });
    return id;
  };

  const hasDemoOffice = offices.some((o) => o.id === demoSignIns.officeId);
  addPerson(
    'admin',
    hasDemoOffice ? demoSignIns.officeId : (offices[0]?.id ?? ''),
    demoSignIns.admin,
  );
  for (const office of offices) {
    const isDemoOffice = office.id === demoSignIns.officeId;
    const teamId = `team-${office.id}`;
    data.teams.push({ id: teamId, name: `Beratungsteam ${office.city}`, officeId: office.id });
    const leadId = addPerson(
      'team_lead',
      office.id,
      isDemoOffice ? demoSignIns.teamLead : undefined,
    );
    data.teamMemberships.push({ teamId, staffId: leadId, role: 'lead' });
    const size = ctx.scale.counsellorsPerOffice ?? (office.providerId === 'bbie' ? 4 : 3);
    for (let i = 0; i < size; i++) {
      const email = isDemoOffice && i === 0 ? demoSignIns.counsellor : undefined;
      const staffId = addPerson('counsellor', office.id, email);
      data.teamMemberships.push({ teamId, staffId, role: 'member' });
      addCounsellorProfile(ctx, data, staffId, office, i);
    }
  }
  return data;
}

function addCounsellorProfile(
  ctx: DemoContext,
  data: StaffData,
  staffId: string,
  office: OfficeInfo,
  index: number,
) {
  const coversEverything = index === 0;
  // Derived from the position, not drawn: another faker call would shift all later data.
  const room = `Raum ${Math.floor(index / 2) + 1}.${11 + index}`;
  data.counsellorOffices.push({ staffId, officeId: office.id });
  for (const language of pickLanguages(ctx)) data.counsellorLanguages.push({ staffId, language });
  const services = demoServices.filter((s) => s.providerId === office.providerId);
  const chosen = coversEverything
    ? services
    : ctx.faker.helpers.arrayElements(services, { min: 2, max: services.length });
  for (const s of chosen) data.counsellorServices.push({ staffId, serviceId: s.id });

  const walks =
    office.channels.includes('walk_and_talk') &&
    (coversEverything || ctx.faker.number.float() < 0.5);
  const front: Channel[] = walks ? ['presence', 'walk_and_talk'] : ['presence'];
  const remote: Channel[] = ['phone', 'video'];
  const pattern = coversEverything ? patterns[0]! : ctx.faker.helpers.arrayElement(patterns);
  const served = new Set<Channel>();
  const validFrom = addDaysToLocalDate(ctx.today, -Math.max(90, ctx.scale.pastDays ?? 0));
  for (const block of pattern) {
    const channels = block.kind === 'front' ? front : remote;
    for (const weekday of block.weekdays) {
      const ruleId = ctx.faker.string.uuid();
      data.availabilityRules.push({
        id: ruleId,
        staffId,
        officeId: office.id,
        weekday,
        startTime: block.start,
        endTime: block.end,
        validFrom,
        validTo: null,
        room: block.kind === 'front' ? room : null,
      });
      for (const channel of channels) {
        data.availabilityRuleChannels.push({ ruleId, channel });
        served.add(channel);
      }
    }
  }
  for (const channel of served) data.counsellorChannels.push({ staffId, channel });
  addChannelTargets(ctx, data, staffId, served);
  addAbsences(ctx, data, staffId);
}

/**
 * The labour-market programme's direction as demo targets: video and phone expanded,
 * presence kept. Derived, not drawn (another faker call would shift all later data), for
 * last week and the next eight, so the roster shows planned against target.
 */
const demoTargets: Record<Channel, number> = {
  video: 30,
  phone: 25,
  walk_and_talk: 10,
  presence: 0,
};

function addChannelTargets(
  ctx: DemoContext,
  data: StaffData,
  staffId: string,
  served: ReadonlySet<Channel>,
) {
  const shares = new Map<Channel, number>();
  for (const channel of served)
    if (channel !== 'presence') shares.set(channel, demoTargets[channel]);
  if (served.has('presence')) {
    shares.set('presence', 100 - [...shares.values()].reduce((sum, n) => sum + n, 0));
  }
  let monday = ctx.today;
  while (isoWeekdayOf(monday) !== 1) monday = addDaysToLocalDate(monday, -1);
  for (let week = -1; week <= 8; week++) {
    const weekStart = addDaysToLocalDate(monday, week * 7);
    for (const [channel, sharePercent] of shares) {
      data.channelQuotas.push({
        staffId,
        weekStart,
        channel,
        sharePercent,
        updatedBy: null,
        updatedAt: ctx.now.toISOString(),
      });
    }
  }
}

function addAbsences(ctx: DemoContext, data: StaffData, staffId: string) {
  const roll = ctx.faker.number.float();
  const createdAt = ctx.now.toISOString();
  if (roll < 0.12) {
    const offset = ctx.faker.number.int({ min: 7, max: 49 });
    let monday = addDaysToLocalDate(ctx.today, offset);
    while (isoWeekdayOf(monday) !== 1) monday = addDaysToLocalDate(monday, 1);
    data.absences.push({
      id: ctx.faker.string.uuid(),
      staffId,
      reason: 'vacation',
      createdAt,
      startsAt: startOfLocalDay(monday, ctx.zone).toISOString(),
      endsAt: startOfLocalDay(addDaysToLocalDate(monday, 5), ctx.zone).toISOString(),
    });
  } else if (roll < 0.16) {
    const day = addDaysToLocalDate(ctx.today, ctx.faker.number.int({ min: 0, max: 2 }));
    data.absences.push({
      id: ctx.faker.string.uuid(),
      staffId,
      reason: 'sick',
      createdAt,
      startsAt: startOfLocalDay(day, ctx.zone).toISOString(),
      endsAt: startOfLocalDay(addDaysToLocalDate(day, 1), ctx.zone).toISOString(),
    });
  }
}
