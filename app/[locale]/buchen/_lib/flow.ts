import 'server-only';
import { findOffice, listActiveServices, type OfficeWithDetails } from '@/db/queries/catalogue';
import { channels, type Channel } from '@/db/schema/enums';
import { flowParamsSchema, type FlowParams } from '@/lib/booking/form-schemas';
import type { Locale } from '@/lib/i18n/locales';
import { redirect } from '@/lib/i18n/navigation';
import { getDatabase } from '@/lib/server/database';

/**
 * The booking flow keeps every choice in the URL (one path per step, the choices as
 * search params), so reload, back and sharing a link all work. This module turns the
 * params into loaded objects and sends the visitor back to the first missing choice.
 */
export const stepPaths = {
  service: '/buchen',
  region: '/buchen/region',
  channel: '/buchen/kanal',
  time: '/buchen/zeit',
  contact: '/buchen/kontakt',
  review: '/buchen/pruefen',
} as const;
export type Step = keyof typeof stepPaths;
export const steps = Object.keys(stepPaths) as Step[];

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export type RawParams = Record<string, string | undefined>;

export type Service = ReturnType<typeof listActiveServices>[number];

export type Flow = {
  params: FlowParams;
  raw: RawParams;
  services: Service[];
  service?: Service;
  office?: OfficeWithDetails;
  /** Channels both the office and the service offer, presence first. */
  channels: Channel[];
  channel?: Channel;
  minutes?: number;
  meetingPoint?: OfficeWithDetails['meetingPoints'][number];
  start?: string;
};

export async function readRawParams(searchParams: SearchParams): Promise<RawParams> {
  const raw = await searchParams;
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

export function parseFlowParams(raw: RawParams): FlowParams {
  return flowParamsSchema.parse(raw);
}

/** A link to a step with the given choices (empty ones left out). */
export function flowHref(step: Step, params: FlowParams, extra: RawParams = {}) {
  const query = Object.fromEntries(
    Object.entries({ ...params, ...extra }).filter(([, v]) => v !== undefined && v !== ''),
  ) as Record<string, string>;
  return { pathname: stepPaths[step], query };
}

export function loadFlow(locale: Locale, raw: RawParams): Flow {
  const params = parseFlowParams(raw);
  const db = getDatabase();
  const services = listActiveServices(db, locale);
  const service = services.find((s) => s.id === params.service);
  const found = service && params.office ? findOffice(db, params.office) : undefined;
  const office = found?.providerId === service?.providerId ? found : undefined;
  const offered = office && service ? offeredChannels(office, service) : [];
  const channel = offered.find((c) => c === params.channel);
  const meetingPoint =
    channel === 'walk_and_talk'
      ? office?.meetingPoints.find((p) => p.id === params.meetingPoint)
      : undefined;
  return {
    params,
    raw,
    services,
    service,
    office,
    channels: offered,
    channel,
    minutes: service?.durations.find((d) => d.channel === channel)?.minutes,
    meetingPoint,
    start: channel ? params.start : undefined,
  };
}

export function offeredChannels(office: { channels: Channel[] }, service: Service): Channel[] {
  return channels.filter(
    (c) => office.channels.includes(c) && service.durations.some((d) => d.channel === c),
  );
}

/** The first step whose choice is missing, for a page that needs all choices before `step`. */
export function missingStep(flow: Flow, step: Step): Step | undefined {
  const needs: [Step, boolean][] = [
    ['service', !!flow.service],
    ['region', !!flow.office],
    ['channel', !!flow.channel],
    ['time', !!flow.start && (flow.channel !== 'walk_and_talk' || !!flow.meetingPoint)],
  ];
  const upTo = steps.indexOf(step);
  return needs.find(([s, ok]) => steps.indexOf(s) < upTo && !ok)?.[0];
}

type Chosen = 'service' | 'office' | 'channel' | 'minutes';
type NeededBy = {
  service: never;
  region: 'service';
  channel: 'service' | 'office';
  time: Chosen;
  contact: Chosen | 'start';
  review: Chosen | 'start';
};
export type FlowAt<S extends Step> = Flow & Required<Pick<Flow, NeededBy[S]>>;

/**
 * The flow with every choice a step needs, or a redirect to the first step with a
 * missing choice. A form of that step that was sent without a choice
 * (`submitted=<step>`) comes back with `error=<step>`.
 */
export function requireStep<S extends Step>(flow: Flow, step: S, locale: Locale): FlowAt<S> {
  const missing = missingStep(flow, step);
  if (!missing) return flow as FlowAt<S>;
  const error = flow.raw.submitted === missing ? missing : undefined;
  return redirect({ href: flowHref(missing, flow.params, { error }), locale });
}

/** The parts of the flow a hold is for (to match it against the stored hold). */
export function holdChoice(flow: FlowAt<'time'>, start: string) {
  return { start, officeId: flow.office.id, serviceId: flow.service.id, channel: flow.channel };
}
