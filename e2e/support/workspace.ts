import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { writeE2eDatabase } from './database';
import { createSessionFor } from './sign-in';

/**
 * An office no other spec books at, so a fixture counsellor's hours and appointments
 * change nobody else's slots.
 */
export const workspaceOfficeId = 'aa-detmold';
export const workspaceServiceId = 'bbie-orientation';

export type CounsellorFixture = {
  id: string;
  email: string;
  name: string;
  leadId: string;
};

/**
 * A counsellor of their own with a team lead: works every day 07:00–20:00 at the office,
 * on every channel it offers, for the orientation service. Written straight into the
 * database like the other fixtures.
 */
export function createCounsellor(): CounsellorFixture {
  const suffix = randomUUID().slice(0, 8);
  const fixture = {
    id: `e2e-ws-${suffix}`,
    email: `e2e-ws-${suffix}@demo.beratungsportal.example`,
    name: `Wanda Werkstatt ${suffix}`,
    leadId: `e2e-ws-lead-${suffix}`,
  };
  const now = new Date().toISOString();
  const validFrom = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  writeE2eDatabase((db) => {
    const person = db.prepare(
      `insert into staff (id, email, display_name, role, home_office_id, active, created_at)
       values (?, ?, ?, ?, ?, 1, ?)`,
    );
    person.run(fixture.id, fixture.email, fixture.name, 'counsellor', workspaceOfficeId, now);
    person.run(
      fixture.leadId,
      `${fixture.leadId}@demo.beratungsportal.example`,
      `Lena Leitung ${suffix}`,
      'team_lead',
      workspaceOfficeId,
      now,
    );
    const teamId = `e2e-ws-team-${suffix}`;
    db.prepare('insert into teams (id, name, office_id) values (?, ?, ?)').run(
      teamId,
      `Team ${suffix}`,
      workspaceOfficeId,
    );
    const member = db.prepare(
      'insert into team_memberships (team_id, staff_id, role) values (?, ?, ?)',
    );
    member.run(teamId, fixture.leadId, 'lead');
    member.run(teamId, fixture.id, 'member');
    db.prepare('insert into counsellor_offices (staff_id, office_id) values (?, ?)').run(
      fixture.id,
      workspaceOfficeId,
    );
    db.prepare('insert into counsellor_services (staff_id, service_id) values (?, ?)').run(
      fixture.id,
      workspaceServiceId,
    );
    db.prepare("insert into counsellor_languages (staff_id, language) values (?, 'de')").run(
      fixture.id,
    );
    const channels = (
      db
        .prepare('select channel from office_channels where office_id = ?')
        .all(workspaceOfficeId) as { channel: string }[]
    ).map((r) => r.channel);
    for (const channel of channels) {
      db.prepare('insert into counsellor_channels (staff_id, channel) values (?, ?)').run(
        fixture.id,
        channel,
      );
    }
    for (let weekday = 1; weekday <= 7; weekday++) {
      const ruleId = `${fixture.id}-${weekday}`;
      db.prepare(
        `insert into availability_rules (id, staff_id, office_id, weekday, start_time, end_time, valid_from)
         values (?, ?, ?, ?, '07:00', '20:00', ?)`,
      ).run(ruleId, fixture.id, workspaceOfficeId, weekday, validFrom);
      for (const channel of channels) {
        db.prepare('insert into availability_rule_channels (rule_id, channel) values (?, ?)').run(
          ruleId,
          channel,
        );
      }
    }
  });
  return fixture;
}

export type AppointmentFixture = {
  id: string;
  clientName: string;
  clientEmail: string;
  startsAt: Date;
};

/** An appointment of the counsellor at `startsAt` (any time, past ones too). */
export function createAppointment(
  counsellor: CounsellorFixture,
  options: {
    startsAt: Date;
    minutes?: number;
    channel?: 'presence' | 'phone' | 'video' | 'walk_and_talk';
    status?: 'confirmed' | 'completed' | 'no_show' | 'cancelled';
    clientName?: string;
    clientPhone?: string | null;
  },
): AppointmentFixture {
  const suffix = randomUUID().slice(0, 8);
  const fixture = {
    id: randomUUID(),
    clientName: options.clientName ?? `Kai Kunde ${suffix}`,
    clientEmail: `kunde-${suffix}@example.org`,
    startsAt: options.startsAt,
  };
  const end = new Date(options.startsAt.getTime() + (options.minutes ?? 45) * 60_000);
  const now = new Date().toISOString();
  const clientId = randomUUID();
  writeE2eDatabase((db) => {
    db.prepare(
      `insert into clients (id, name, email, phone, preferred_language, created_at)
       values (?, ?, ?, ?, 'de', ?)`,
    ).run(
      clientId,
      fixture.clientName,
      fixture.clientEmail,
      options.clientPhone === undefined ? '+4952311234567' : options.clientPhone,
      now,
    );
    db.prepare(
      `insert into bookings (id, service_id, channel, office_id, counsellor_id, client_id,
         language, starts_at, ends_at, status, manage_token_hash, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, 'de', ?, ?, ?, ?, ?, ?)`,
    ).run(
      fixture.id,
      workspaceServiceId,
      options.channel ?? 'presence',
      workspaceOfficeId,
      counsellor.id,
      clientId,
      options.startsAt.toISOString(),
      end.toISOString(),
      options.status ?? 'confirmed',
      createHash('sha256').update(randomBytes(32)).digest('hex'),
      now,
      now,
    );
  });
  return fixture;
}

/** Signs the page in as the fixture counsellor (a database session, like a real sign-in). */
export async function signInAsCounsellor(page: Page, counsellor: CounsellorFixture) {
  const { sessionToken, expires } = createSessionFor(counsellor.email);
  await page.context().addCookies([
    {
      name: 'authjs.session-token',
      value: sessionToken,
      url: process.env.E2E_BASE_URL!,
      httpOnly: true,
      sameSite: 'Lax',
      expires: Math.floor(expires / 1000),
    },
  ]);
}

export function minutesFromNow(minutes: number): Date {
  return new Date(Date.now() + minutes * 60_000);
}
