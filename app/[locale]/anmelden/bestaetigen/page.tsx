import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { emailProviderId } from '@/lib/auth/config';
import { getConfig } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import styles from '../_components/auth.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ link?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ConfirmSignIn' });
  // The URL holds a sign-in token: no indexing, no referrer.
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/** Only our own Auth.js email callback is a link we follow. */
function signInLinkOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const link = new URL(raw);
    const app = new URL(getConfig().appUrl);
    const isOurs =
      link.origin === app.origin &&
      link.pathname === `/api/auth/callback/${emailProviderId}` &&
      link.searchParams.has('token');
    return isOurs ? link.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The mail links here, not to the callback itself: a mail scanner that opens links does
 * not use up the single-use token, a person selects the button.
 */
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const link = signInLinkOf((await searchParams).link);
  const t = await getTranslations('ConfirmSignIn');
  return (
    <div className={`container ${styles.page}`}>
      <h1>{link ? t('title') : t('invalidTitle')}</h1>
      <p className={styles.lead}>{link ? t('text') : t('invalidText')}</p>
      {link ? (
        <a href={link} className="button button-primary" rel="noreferrer">
          {t('button')}
        </a>
      ) : (
        <Link href="/anmelden" className="button button-secondary">
          {t('newLink')}
        </Link>
      )}
    </div>
  );
}
