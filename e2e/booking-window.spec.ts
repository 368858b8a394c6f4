import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import de from '../lib/i18n/messages/de.json';
import { expectNoAxeViolations } from './support/axe';
import { writeE2eDatabase } from './support/database';

/**
 * An appointment that starts in 90 minutes (inside the 2-hour change window) cannot be
 * booked through the UI because of the 12-hour notice, so it is written directly.
 */
function insertSoonBooking() {
  const token = randomBytes(32).toString('base64url');
  const start = new Date(Math.ceil((Date.now() + 90 * 60_000) / 60_000) * 60_000);
  const end = new Date(start.getTime() + 60 * 60_000);
  const id = randomUUID();
  writeE2eDatabase((db) => {
    const counsellors = db
      .prepare("select staff_id as id from counsellor_offices where office_id = 'aa-bonn'")
      .all() as { id: string }[];
    const free = counsellors.find(
      ({ id: counsellorId }) =>
        !db
          .prepare(
            "select 1 from bookings where counsellor_id = ? and status = 'confirmed' and starts_at < ? and ends_at > ?",
          )
          .get(counsellorId, end.toISOString(), start.toISOString()),
    );
    if (!free) throw new Error('no free counsellor for the fixture');
    const now = new Date().toISOString();
    const clientId = randomUUID();
    db.prepare('insert into clients (id, name, email, created_at) values (?, ?, ?, ?)').run(
      clientId,
      'Frist Test',
      `frist-${clientId}@example.org`,
      now,
    );
    db.prepare(
      `insert into bookings (id, service_id, channel, office_id, counsellor_id, client_id, starts_at, ends_at,
         status, manage_token_hash, created_at, updated_at)
       values (?, 'bbie-orientation', 'presence', 'aa-bonn', ?, ?, ?, ?, 'confirmed', ?, ?, ?)`,
    ).run(
      id,
      free.id,
      clientId,
      start.toISOString(),
      end.toISOString(),
      createHash('sha256').update(token).digest('hex'),
      now,
      now,
    );
  });
  return { id, token };
}

test('inside the change window the manage page says to call, and the API refuses changes', async ({
  page,
}) => {
  const { id, token } = insertSoonBooking();
  await page.goto(`/de/termin/${id}?token=${encodeURIComponent(token)}`);
  const notice = de.Manage.status.windowClosed.split('{deadline}')[0]!;
  await expect(page.getByText(notice)).toBeVisible();
  await expect(page.getByText(de.Manage.actions.cancel, { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const response = await page.request.post(`/api/v1/bookings/${id}/cancel`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(409);
  expect(await response.json()).toMatchObject({ reason: 'change_window_closed' });
});
