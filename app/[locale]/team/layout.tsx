import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import { AccountBar } from '../_components/account-bar';
import { TeamNav } from './_components/team-nav';
import { teamSections } from './_components/team-sections';
import styles from './_components/team.module.css';

/**
 * The team area for team leads: who is signed in and the area's sections. Each page
 * asks the policy for its own team action (a layout is no authorisation boundary).
 */
export default async function TeamLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaffPage('/team');
  const t = await getTranslations('TeamNav');
  const items = teamSections.map((s) => ({ href: s.href, label: t(s.key) }));
  return (
    <div className={`container ${styles.page}`}>
      <AccountBar actor={actor} name={actor.name} />
      <TeamNav label={t('label')} locale={await getLocale()} items={items} />
      {children}
    </div>
  );
}
