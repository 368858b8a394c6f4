import type { AdministrationAction } from '@/lib/auth/policy';

/** The administration's areas: where they live and what the policy must allow. */
export const adminSections = [
  { key: 'staff', href: '/verwaltung/mitarbeitende', action: 'staff.manage' },
  { key: 'teams', href: '/verwaltung/teams', action: 'team.manage' },
  { key: 'offices', href: '/verwaltung/dienststellen', action: 'office.manage' },
  { key: 'services', href: '/verwaltung/angebote', action: 'service.manage' },
  { key: 'audit', href: '/verwaltung/protokoll', action: 'audit.read' },
  { key: 'messages', href: '/verwaltung/nachrichten', action: 'notifications.manage' },
] as const satisfies readonly { key: string; href: string; action: AdministrationAction }[];

export type AdminSectionKey = (typeof adminSections)[number]['key'] | 'overview';
