import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/policy';
import { signOutAction } from '../anmelden/actions';
import styles from './account-bar.module.css';

type Props = { actor: Actor; name: string };

/** Who is signed in, in which role, and the way out: on every signed-in page. */
export async function AccountBar({ actor, name }: Props) {
  const t = await getTranslations('Account');
  const role = actor.kind === 'staff' ? actor.role : 'client';
  return (
    <div className={styles.bar}>
      <p className={styles.who}>
        {t('signedInAs', { name })} <span className={styles.role}>{t(`roles.${role}`)}</span>
      </p>
      <form action={signOutAction}>
        <button type="submit" className="button button-secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
