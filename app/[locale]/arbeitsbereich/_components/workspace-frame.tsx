import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { StaffActor } from '@/lib/auth/policy';
import { Link } from '@/lib/i18n/navigation';
import { AccountBar } from '../../_components/account-bar';
import styles from './workspace.module.css';

const sections = [
  { key: 'agenda', href: '/arbeitsbereich' },
  { key: 'availability', href: '/arbeitsbereich/verfuegbarkeit' },
  { key: 'feed', href: '/arbeitsbereich/kalender-abo' },
  { key: 'sync', href: '/arbeitsbereich/kalender-sync' },
] as const;

type WorkspaceFrameProps = {
  actor: StaffActor;
  section: (typeof sections)[number]['key'];
  title: string;
  intro?: string;
  back?: { href: string; label: string };
  /** A notice above the heading (what the last change did). */
  notice?: ReactNode;
  children: ReactNode;
};

/** Every workspace page: who is signed in, the workspace's areas, a way back, the heading. */
export async function WorkspaceFrame(props: WorkspaceFrameProps) {
  const { actor, section, title, intro, back, notice, children } = props;
  const t = await getTranslations('WorkspaceNav');
  return (
    <div className={`container ${styles.page}`}>
      <AccountBar actor={actor} name={actor.name} />
      <nav aria-label={t('label')} className={styles.subnav}>
        <ul className={styles.subnavList}>
          {sections.map((s) => (
            <li key={s.key}>
              <Link href={s.href} aria-current={s.key === section && !back ? 'page' : undefined}>
                {t(s.key)}
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
      {notice}
      <h1>{title}</h1>
      {intro && <p className={styles.lead}>{intro}</p>}
      {children}
    </div>
  );
}

/** The outcome of the last change, announced as a status message. */
export function DoneNotice({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div role="status" className={styles.notice}>
      <p>{text}</p>
    </div>
  );
}
