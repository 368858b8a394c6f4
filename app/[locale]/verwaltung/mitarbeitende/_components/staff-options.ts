import 'server-only';
import { listOfficeOptions, listServiceOptions, listTeamOptions } from '@/db/queries/admin-options';
import { channels, counsellingLanguages, staffRoles } from '@/db/schema/enums';
import type { Locale } from '@/lib/i18n/locales';
import { getDatabase } from '@/lib/server/database';
import { getTranslations } from 'next-intl/server';

export type Option = { value: string; label: string };

/** Every choice of the staff form, labelled in the page's language. */
export async function loadStaffOptions(locale: Locale) {
  const db = getDatabase();
  const t = await getTranslations('Admin');
  const f = await getTranslations('AdminStaff.fields');
  const channelNames = await getTranslations('Booking.channels');
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const shortProvider = { bbie: 'BBiE', bbe: 'BBE' } as const;
  const marked = (name: string, isActive: boolean) =>
    isActive ? name : f('inactiveOption', { name });
  return {
    roles: staffRoles.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    offices: listOfficeOptions(db).map((o) => ({ value: o.id, label: marked(o.name, o.isActive) })),
    teams: listTeamOptions(db).map((team) => ({
      value: team.id,
      label: `${team.name} (${team.officeName})`,
    })),
    services: listServiceOptions(db, locale).map((s) => ({
      value: s.id,
      label: marked(`${s.name} (${shortProvider[s.providerId]})`, s.isActive),
    })),
    channels: channels.map((c) => ({ value: c, label: channelNames(`${c}.name`) })),
    languages: counsellingLanguages
      .map((code) => ({ value: code, label: languageNames.of(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}
export type StaffOptions = Awaited<ReturnType<typeof loadStaffOptions>>;
