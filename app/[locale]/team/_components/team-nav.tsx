'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';
import styles from '../../_components/sub-navigation.module.css';

type Props = { label: string; links: readonly { href: string; label: string }[] };

/** The team area's sections; the current one is marked for assistive technology too. */
export function TeamNav({ label, links }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={styles.subnav}>
      <ul className={styles.subnavList}>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={pathname.startsWith(link.href) ? 'page' : undefined}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
