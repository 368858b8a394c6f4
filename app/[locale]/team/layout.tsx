import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getActor } from '@/lib/auth/session';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { AccountBar } from '../_components/account-bar';
import { SubNavLink } from './_components/sub-nav-link';
import styles from './_components/team.module.css';
import { teamSections } from './_components/team-sections';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The team lead's area: who is signed in and the area's sub-navigation. Each page checks
 * access itself (a layout is no authorisation boundary); signed-out visitors see only
 * the page's own answer.
 */
export default async function TeamLayout({ children, params }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await getActor();
  const t = await getTranslations({ locale, namespace: 'Dashboard.teamNav' });
  return (
    <div className={`container ${styles.page}`}>
      {actor.kind === 'staff' && actor.leadsTeamIds.length > 0 && (
        <>
          <AccountBar actor={actor} name={actor.name} />
          <nav aria-label={t('label')} className={styles.subnav}>
            <ul className={styles.subnavList}>
              {teamSections.map((section) => (
                <li key={section.key}>
                  <SubNavLink href={section.href}>{t(section.key)}</SubNavLink>
                </li>
              ))}
            </ul>
          </nav>
        </>
      )}
      {children}
    </div>
  );
}
