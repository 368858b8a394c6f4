import 'server-only';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';

/** After a successful change: on to `pathname` (in the current locale) with a notice. */
export async function redirectAfterChange(
  pathname: string,
  query: Record<string, string>,
): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}
