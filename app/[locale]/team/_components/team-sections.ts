/**
 * The team area's sections, in navigation order. Each section adds its own entry here
 * (and its label under `TeamNav` in the roster messages).
 */
export const teamSections = [{ key: 'roster', href: '/team/dienstplan' }] as const;

export type TeamSectionKey = (typeof teamSections)[number]['key'];
