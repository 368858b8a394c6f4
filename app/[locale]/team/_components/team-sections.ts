/**
 * The team area's sections, in navigation order. Each section adds its own entry here
 * (and its label under `TeamNav` in the roster messages, which own the team area).
 */
export const teamSections = [
  { key: 'roster', href: '/team/dienstplan' },
  { key: 'cover', href: '/team/vertretung' },
  { key: 'dashboard', href: '/team/auswertung' },
] as const;

export type TeamSectionKey = (typeof teamSections)[number]['key'];
