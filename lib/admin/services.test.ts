import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listServiceDurations, listServiceTexts } from '@/db/queries/admin-services';
import { services } from '@/db/schema/organisation';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { fixtureDeps } from '@/lib/booking/test-fixture';
import type { AdminContext } from './context';
import { deleteOffice } from './offices';
import { newServiceFormSchema, serviceFormSchema } from './schemas';
import { createService, setServiceActive, updateService } from './services';
import { setStaffActive } from './staff';
import { auditTrail, createAdminFixture, reasonOf } from './test-fixture';

let db: Database;
let ctx: AdminContext;
beforeEach(() => ({ db, ctx } = createAdminFixture()));

const serviceForm = {
  sortOrder: '5',
  name_de: 'Anerkennung',
  description_de: 'Ausländische Abschlüsse anerkennen lassen.',
  name_en: 'Recognition',
  description_en: 'Getting foreign qualifications recognised.',
  minutes_presence: '60',
  minutes_video: '45',
};

describe('services', () => {
  it('creates a service with its texts and per-channel minutes', () => {
    const input = newServiceFormSchema.parse({
      ...serviceForm,
      id: 'BBE-Recognition',
      providerId: 'bbe',
    });
    const { id } = createService(ctx, input);
    expect(id).toBe('bbe-recognition');
    expect(listServiceDurations(db, id)).toEqual([
      { channel: 'presence', minutes: 60 },
      { channel: 'video', minutes: 45 },
    ]);
    expect(listServiceTexts(db, id).map((t) => t.name)).toEqual(['Anerkennung', 'Recognition']);
    expect(auditTrail(db)[0]).toMatchObject({ action: 'service.created', entityId: id });
  });

  it('refuses a taken id and a service offered on no channel', () => {
    const taken = newServiceFormSchema.parse({ ...serviceForm, id: 'svc-a', providerId: 'bbie' });
    expect(reasonOf(() => createService(ctx, taken))).toBe('service_id_taken');
    const { minutes_presence: _p, minutes_video: _v, ...noMinutes } = serviceForm;
    expect(reasonOf(() => updateService(ctx, 'svc-b', serviceFormSchema.parse(noMinutes)))).toBe(
      'service_needs_channel',
    );
  });

  it('records a removed channel as a change to null', () => {
    updateService(ctx, 'svc-b', serviceFormSchema.parse(serviceForm));
    const details = auditTrail(db)[0]?.details;
    expect(details).toMatchObject({
      minutes_presence: { from: 90, to: 60 },
      minutes_video: { from: 90, to: 45 },
      name_de: { from: 'Entwicklung de', to: 'Anerkennung' },
    });
  });

  it('deactivates instead of deleting', () => {
    setServiceActive(ctx, 'svc-a', false);
    expect(db.select().from(services).where(eq(services.id, 'svc-a')).get()?.active).toBe(false);
    expect(auditTrail(db).map((e) => e.action)).toEqual(['service.deactivated']);
  });
});

describe('with a booking', () => {
  beforeEach(() => {
    const request = createBookingSchema.parse({
      serviceId: 'svc-a',
      channel: 'presence',
      officeId: 'office-a',
      start: '2026-12-01T08:00:00+01:00',
      counsellorId: 'c1',
      client: { name: 'Anna Beispiel', email: 'anna@example.org' },
      privacyConsent: true,
    });
    createBooking(fixtureDeps(db), request);
  });

  it('never deletes an office that has bookings', () => {
    expect(reasonOf(() => deleteOffice(ctx, 'office-a'))).toBe('office_has_bookings');
  });

  it('tells how many appointments a deactivated counsellor still has', () => {
    expect(setStaffActive(ctx, 'c1', false)).toEqual({ upcomingBookings: 1 });
    expect(auditTrail(db)[0]?.details).toEqual({ email: 'c1@example.org', upcomingBookings: 1 });
  });
});
