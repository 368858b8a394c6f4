import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { isAppError, type AppError } from './errors';

/**
 * The one way to write a server action: parse the FormData with a zod schema, run the
 * domain call, and turn every failure into one translated ActionResult. Messages come
 * from the `ActionErrors` catalogue by reason, never from `error.message`.
 *
 * `run` must not call redirect(): redirect after `runAction` returned `ok`. (Should it
 * happen anyway, Next's control-flow errors are rethrown untouched.)
 */
export type SlotAlternative = { start: string; end: string; officeId: string; label: string };

export type ActionFailure = {
  ok: false;
  reason: string;
  message: string;
  /** Form field name → translated messages. */
  fieldErrors: Record<string, string[]>;
  alternatives?: SlotAlternative[];
  /** The submitted text values, so a form can show them again (also without JavaScript). */
  values?: Record<string, string>;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** The state `useActionState` keeps: nothing submitted yet, or the last result. */
export type ActionState = ActionResult<unknown> | null;

const knownReasons = [
  'invalid_input',
  'slot_taken',
  'hold_expired',
  'active_booking_limit',
  'budget_exhausted',
  'change_window_closed',
  'reschedule_limit',
  'booking_not_found',
  'booking_not_active',
  'service_not_offered',
  'channel_not_offered',
  'meeting_point_invalid',
  'phone_required',
  'channel_unavailable_at_time',
  'office_not_found',
  'range_too_long',
  'contact_missing',
  'rate_limited',
  'email_not_sent',
  'demo_account_missing',
  'sign_in_required',
  'forbidden',
  'unknown',
] as const;
type KnownReason = (typeof knownReasons)[number];

const reasonByCode: Record<AppError['code'], KnownReason> = {
  UNAUTHENTICATED: 'sign_in_required',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'booking_not_found',
  INVALID_INPUT: 'invalid_input',
  CONFLICT: 'unknown',
  RATE_LIMITED: 'rate_limited',
};

const knownFields = [
  'name',
  'email',
  'phone',
  'privacyConsent',
  'needsConsent',
  'interpreterLanguage',
  'start',
  'meetingPoint',
  'meetingPointId',
  'channel',
  'reason',
  'postcode',
] as const;
type KnownField = (typeof knownFields)[number];

function isKnown<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Text entries of the form, without Next's `$ACTION_…` keys and empty strings. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || value.trim() === '') continue;
    values[key] ??= value;
  }
  return values;
}

/**
 * An area's own error catalogue (same shape as `ActionErrors`: `reasons.*`, `fields.*`),
 * consulted first for that area's forms so its texts stay in its own message files.
 */
export type ErrorCatalogue = 'AdminErrors' | 'WorkspaceErrors' | 'RosterErrors';

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (input: z.output<S>) => T | Promise<T>,
  catalogue?: ErrorCatalogue,
): Promise<ActionResult<T>> {
  const values = formValues(formData);
  try {
    return { ok: true, data: await run(schema.parse(values)) };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    return { ...(await toFailure(error, catalogue)), values };
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_');
}

/** Maps any error to a translated failure; unknown errors are logged, never shown. */
export async function toFailure(
  error: unknown,
  catalogue?: ErrorCatalogue,
): Promise<ActionFailure> {
  const t = await getTranslations('ActionErrors');
  const own = catalogue ? await catalogueLookup(catalogue) : undefined;
  const fieldMessage = (path: string) => {
    const field = path.split('.').at(-1) ?? '';
    const ownMessage = own?.('fields', field) ?? own?.('fields', 'default');
    if (ownMessage) return ownMessage;
    return isKnown(knownFields, field) ? t(`fields.${field as KnownField}`) : t('fields.default');
  };
  const invalidInput = own?.('reasons', 'invalid_input') ?? t('reasons.invalid_input');
  if (error instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const field = issue.path.map(String).at(-1) ?? 'form';
      fieldErrors[field] ??= [fieldMessage(field)];
    }
    return { ok: false, reason: 'invalid_input', message: invalidInput, fieldErrors };
  }
  if (!isAppError(error)) {
    console.error('[action] unhandled error', error);
    return { ok: false, reason: 'unknown', message: t('reasons.unknown'), fieldErrors: {} };
  }
  const reason = error.reason ?? error.code.toLowerCase();
  const ownReason = own?.('reasons', reason);
  if (ownReason) {
    // The specific text goes to the fields it concerns; the summary then asks to correct them.
    const paths = Object.keys(error.fieldErrors ?? {});
    const fieldErrors = Object.fromEntries(paths.map((path) => [path, [ownReason]]));
    const message = paths.length > 0 ? invalidInput : ownReason;
    return { ok: false, reason, message, fieldErrors };
  }
  const key: KnownReason = isKnown(knownReasons, reason) ? reason : reasonByCode[error.code];
  const fieldErrors = Object.fromEntries(
    Object.keys(error.fieldErrors ?? {}).map((path) => [path, [fieldMessage(path)]]),
  );
  return {
    ok: false,
    reason,
    message: t(`reasons.${key}`, messageValues(error.extra)),
    fieldErrors,
    alternatives: await toAlternatives(error.extra?.alternatives),
  };
}

/** Looks up `reasons.<x>` or `fields.<x>` of an area catalogue; undefined when it has none. */
async function catalogueLookup(catalogue: ErrorCatalogue) {
  const t = await getTranslations(catalogue);
  // Keys are built from run-time reasons and field names, so `has` guards each lookup.
  return (group: 'reasons' | 'fields', name: string): string | undefined => {
    const key = `${group}.${name}` as never;
    return name && t.has(key) ? t(key) : undefined;
  };
}

/** Every number a reason message may mention; ICU ignores the ones it does not use. */
function messageValues(extra: Record<string, unknown> = {}) {
  const num = (key: string) => (typeof extra[key] === 'number' ? (extra[key] as number) : 0);
  return {
    limit: num('limit'),
    maxReschedules: num('maxReschedules'),
    hours: num('changeNoticeMinutes') / 60,
    budgetHours: num('budgetMinutes') / 60,
  };
}

const slotShape = z.array(z.object({ start: z.string(), end: z.string(), officeId: z.string() }));

async function toAlternatives(raw: unknown): Promise<SlotAlternative[] | undefined> {
  const parsed = slotShape.safeParse(raw);
  if (!parsed.success) return undefined;
  const format = await getFormatter();
  return parsed.data.map((slot) => ({
    ...slot,
    label: format.dateTime(new Date(slot.start), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    }),
  }));
}
