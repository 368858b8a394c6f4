import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SlotDay } from './slot-days';
import styles from './slot-picker.module.css';

type Href = { pathname: string; query: Record<string, string> };

type DayPickerProps = { days: SlotDay[]; selected: string; hrefFor: (date: string) => Href };

/** The days with free times as links (the chosen one marked with aria-current="date"). */
export async function DayPicker({ days, selected, hrefFor }: DayPickerProps) {
  const t = await getTranslations('SlotPicker');
  const format = await getFormatter();
  return (
    <section aria-labelledby="days-title" className={styles.daysSection}>
      <h2 id="days-title" className={styles.heading}>
        {t('daysTitle')}
      </h2>
      <ul className={styles.days}>
        {days.map((day) => {
          const noon = new Date(`${day.date}T12:00:00Z`);
          return (
            <li key={day.date}>
              <Link
                href={hrefFor(day.date)}
                scroll={false}
                aria-current={day.date === selected ? 'date' : undefined}
                className={styles.day}
              >
                <span className={styles.weekday}>
                  {format.dateTime(noon, { weekday: 'short' })}
                </span>
                <span className={styles.date}>
                  {format.dateTime(noon, { day: 'numeric', month: 'numeric' })}
                </span>
                <span className={styles.count}>{t('freeCount', { count: day.count })}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
