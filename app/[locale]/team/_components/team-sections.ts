/** The team lead's areas (the roster and cover join here when merged). */
export const teamSections = [{ key: 'dashboard', href: '/team/auswertung' }] as const;
