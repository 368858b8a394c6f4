import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getActor } from '@/lib/auth/session';
import { AccountBar } from '../_components/account-bar';
import { TeamNav } from './_components/team-nav';
import styles from '../arbeitsbereich/_components/workspace.module.css';

/**
 * The team lead's area: who is signed in and the area's sections. Each page authorises
 * itself (a layout does not guard the pages under it).
 */
export default async function TeamLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const t = await getTranslations('TeamNav');
  return (
    <div className={`container ${styles.page}`}>
      {actor.kind === 'staff' && <AccountBar actor={actor} name={actor.name} />}
      <TeamNav label={t('label')} links={[{ href: '/team/vertretung', label: t('cover') }]} />
      {children}
    </div>
  );
}
