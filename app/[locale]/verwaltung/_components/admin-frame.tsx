import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { StaffActor } from '@/lib/auth/policy';
import { Link } from '@/lib/i18n/navigation';
import { AccountBar } from '../../_components/account-bar';
import { adminSections, isSectionVisible, type AdminSectionKey } from './admin-sections';
import styles from './admin.module.css';

type AdminFrameProps = {
  actor: StaffActor;
  section: AdminSectionKey;
  title: string;
  intro?: string;
  /** A link up one level, e.g. from an office to the office list. */
  back?: { href: string; label: string };
  children: ReactNode;
};

/** Every administration page: who is signed in, the areas, a way back, the heading. */
export async function AdminFrame({
  actor,
  section,
  title,
  intro,
  back,
  children,
}: AdminFrameProps) {
  const t = await getTranslations('Admin.nav');
  const visible = adminSections.filter((s) => isSectionVisible(actor, s));
  const links = [{ key: 'overview' as const, href: '/verwaltung' }, ...visible];
  return (
    <div className={`container ${styles.page}`}>
      <AccountBar actor={actor} name={actor.name} />
      <nav aria-label={t('label')} className={styles.subnav}>
        <ul className={styles.subnavList}>
          {links.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                aria-current={link.key === section && !back ? 'page' : undefined}
              >
                {t(link.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {back && (
        <Link href={back.href} className={styles.back}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {back.label}
        </Link>
      )}
      <h1>{title}</h1>
      {intro && <p className={styles.lead}>{intro}</p>}
      {children}
    </div>
  );
}
