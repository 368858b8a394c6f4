import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { AdminFrame } from './_components/admin-frame';
import { adminSections, isSectionVisible } from './_components/admin-sections';
import styles from './_components/admin.module.css';
import { openAdminPage } from './_lib/admin-access';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.overview' });
  return { title: t('title'), robots: { index: false } };
}

/** The administration's start page: one card per area the person may use. */
export default async function AdministrationPage({ params }: Props) {
  await resolvePageLocale(params);
  const actor = await openAdminPage('settings.manage', '/verwaltung');
  const t = await getTranslations('Admin');
  const sections = adminSections.filter((s) => isSectionVisible(actor, s));
  return (
    <AdminFrame
      actor={actor}
      section="overview"
      title={t('overview.title')}
      intro={t('overview.intro')}
    >
      <ul className={styles.cards}>
        {sections.map((section) => (
          <li key={section.key} className={styles.card}>
            <h2>
              <Link href={section.href}>{t(`nav.${section.key}`)}</Link>
            </h2>
            <p>{t(`overview.${section.key}`)}</p>
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
