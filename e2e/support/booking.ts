import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { demoAgencies, demoCentres } from '../../lib/demo/nrw-offices';
import { demoServices } from '../../lib/demo/services';
import de from '../../lib/i18n/messages/de.json';

/** Demo names as the flow shows them in German. */
export const serviceName = (id: string) => demoServices.find((s) => s.id === id)!.de.name;
export const officeName = (slug: string) =>
  [...demoAgencies, ...demoCentres].find((o) => o.slug === slug)!.name;

/** The "Weiter" button of a step (exactly that name: other buttons say more). */
export function clickContinue(page: Page) {
  return page.getByRole('button', { name: de.Booking.continue, exact: true }).click();
}

/** A fresh address per test: the demo allows two upcoming appointments per email. */
export function uniqueEmail(tag: string) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `e2e-${tag}-${suffix}@example.org`;
}

type Slot = { start: string; end: string; officeId: string };

export async function freeSlots(
  request: APIRequestContext,
  query: { serviceId: string; channel: string; officeId: string },
): Promise<Slot[]> {
  const response = await request.get('/api/v1/slots', { params: query });
  expect(response.status()).toBe(200);
  const { slots } = (await response.json()) as { slots: Slot[] };
  expect(slots.length, 'the demo office has free slots').toBeGreaterThan(0);
  return slots;
}

export type ApiBooking = {
  serviceId: string;
  channel: string;
  officeId: string;
  email: string;
  phone?: string;
  meetingPointId?: string;
  /** Which free slot to take (0 = the first), unless `start` names one. */
  slotIndex?: number;
  start?: string;
};

/** Books through the public API (test setup); returns the manage link's path and query. */
export async function bookViaApi(request: APIRequestContext, booking: ApiBooking) {
  const slots = await freeSlots(request, booking);
  const slot = booking.start
    ? { start: booking.start }
    : slots[Math.min(booking.slotIndex ?? 0, slots.length - 1)]!;
  const response = await request.post('/api/v1/bookings', {
    data: {
      serviceId: booking.serviceId,
      channel: booking.channel,
      officeId: booking.officeId,
      start: slot.start,
      meetingPointId: booking.meetingPointId,
      client: { name: 'Erika Beispiel', email: booking.email, phone: booking.phone },
      privacyConsent: true,
      locale: 'de',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as { id: string; start: string; manageUrl: string };
  const url = new URL(created.manageUrl);
  return { ...created, managePath: `${url.pathname}${url.search}` };
}
