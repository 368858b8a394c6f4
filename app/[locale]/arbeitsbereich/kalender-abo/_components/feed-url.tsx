'use client';

import { useFormResult } from '../../../_components/forms/action-form';
import styles from '../../_components/workspace.module.css';

type Props = { label: string; hint: string };

/**
 * The feed URL from the last "create" result: shown once, selectable, never stored in the
 * page otherwise. Inside the ActionForm that created it.
 */
export function FeedUrl({ label, hint }: Props) {
  const result = useFormResult();
  const data = result?.ok ? (result.data as { url?: unknown }) : undefined;
  if (typeof data?.url !== 'string') return null;
  return (
    <div className={styles.urlBox} role="status">
      <label htmlFor="feed-url" className={styles.outcomeTitle}>
        {label}
      </label>
      <input
        id="feed-url"
        readOnly
        value={data.url}
        aria-describedby="feed-url-hint"
        className={styles.url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p id="feed-url-hint" className={styles.muted}>
        {hint}
      </p>
    </div>
  );
}
