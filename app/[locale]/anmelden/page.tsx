import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { callbackPathSchema } from '@/lib/auth/schemas';
import { getActor } from '@/lib/auth/session';
import { getConfig } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { signInStaffAction } from './actions';
import { EmailLinkForm } from './_components/email-link-form';
import styles from './_components/auth.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
};

const knownErrors = [
  'OAuthAccountNotLinked',
  'OAuthCallbackError',
  'OAuthSignInError',
  'EmailSignInError',
  'SessionRequired',
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Staff sign in through their organisation, clients by email link; demo mode adds a shortcut. */
export default async function SignInPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const query = await searchParams;
  const callbackUrl = callbackPathSchema.parse(query.callbackUrl);
  const t = await getTranslations('SignIn');
  const { oidc, demoSignIn } = getConfig().auth;
  const error = query.error ? (knownErrors.find((e) => e === query.error) ?? 'default') : null;
  const actor = await getActor();
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      {(actor.kind === 'staff' || actor.kind === 'client') && (
        <p className={styles.signedIn} role="status">
          {t('alreadySignedIn')}{' '}
          <Link href={actor.kind === 'staff' ? '/arbeitsbereich' : '/meine-termine'}>
            {t(actor.kind === 'staff' ? 'continueStaff' : 'continueClient')}
          </Link>
        </p>
      )}
      {error && (
        <div role="alert" className={styles.alert}>
          <h2>{t('errorTitle')}</h2>
          <p>{t(`errors.${error}`)}</p>
        </div>
      )}
      <div className={styles.cards}>
        <section className={styles.card} aria-labelledby="client-sign-in">
          <h2 id="client-sign-in">{t('clientTitle')}</h2>
          <p>{t('clientText')}</p>
          <EmailLinkForm callbackUrl={callbackUrl} />
        </section>
        <section className={styles.card} aria-labelledby="staff-sign-in">
          <h2 id="staff-sign-in">{t('staffTitle')}</h2>
          <p>{t('staffText')}</p>
          {oidc ? (
            <form action={signInStaffAction}>
              {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
              <button type="submit" className="button button-primary">
                {t('staffButton', { provider: oidc.displayName })}
              </button>
            </form>
          ) : (
            <p className={styles.note}>{t('staffUnavailable')}</p>
          )}
        </section>
        {demoSignIn && (
          <section className={styles.demoCard} aria-labelledby="demo-sign-in">
            <h2 id="demo-sign-in">{t('demoTitle')}</h2>
            <p>{t('demoText')}</p>
            <Link href="/anmelden/demo" className="button button-secondary">
              {t('demoLink')}
            </Link>
          </section>
        )}
      </div>
    </div>
  );
}
