import type { ReactNode } from 'react';
import styles from './admin.module.css';

type TableRegionProps = { captionId: string; caption: ReactNode; children: ReactNode };

/**
 * A data table that scrolls sideways on narrow screens. The scrolling box is a labelled,
 * focusable region so keyboard users can scroll it too.
 */
export function TableRegion({ captionId, caption, children }: TableRegionProps) {
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.tableRegion}>
      <table className={styles.table}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
