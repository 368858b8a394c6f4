import { getTranslations } from 'next-intl/server';
import styles from './admin.module.css';

/** Active or deactivated, in words (never colour alone). */
export async function StatusBadge({ isActive }: { isActive: boolean }) {
  const t = await getTranslations('Admin.status');
  return (
    <span className={isActive ? styles.badge : styles.badgeInactive}>
      {t(isActive ? 'active' : 'inactive')}
    </span>
  );
}
