import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';

/** The team area opens on its first section. */
export default async function TeamPage() {
  return redirect({ href: '/team/dienstplan', locale: await getLocale() });
}
