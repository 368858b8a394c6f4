'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './team.module.css';

type Props = { label: string; locale: string; items: { href: string; label: string }[] };

/**
 * The team area's sub-navigation; the section the page belongs to is marked current.
 * Labels come translated from the server (no message provider on the client).
 */
export function TeamNav({ label, locale, items }: Props) {
  const path = usePathname().replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label} className={styles.subnav}>
      <ul className={styles.subnavList}>
        {items.map((item) => {
          const isHere = path === item.href;
          const isInside = path.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <NextLink
                href={`/${locale}${item.href}`}
                aria-current={isHere ? 'page' : isInside ? 'location' : undefined}
              >
                {item.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
