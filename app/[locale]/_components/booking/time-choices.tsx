import { getFormatter, getTranslations } from 'next-intl/server';
import { ChoiceGroup } from '../forms/choice-group';
import type { SlotDay } from './slot-days';
import styles from './slot-picker.module.css';

type TimeChoicesProps = { day: SlotDay; selected?: string };

/** The free times of one day as radio tiles, grouped into morning and afternoon. */
export async function TimeChoices({ day, selected }: TimeChoicesProps) {
  const t = await getTranslations('SlotPicker');
  const format = await getFormatter();
  const dayLabel = format.dateTime(new Date(`${day.date}T12:00:00Z`), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const periods = [
    { key: 'morning', slots: day.morning },
    { key: 'afternoon', slots: day.afternoon },
  ] as const;
  const first = periods.find((p) => p.slots.length > 0)?.key;
  return (
    <section aria-labelledby="times-title" className={styles.timesSection}>
      <h2 id="times-title" className={styles.heading}>
        {t('timesTitle', { day: dayLabel })}
      </h2>
      {periods
        .filter((p) => p.slots.length > 0)
        .map((p) => (
          <ChoiceGroup
            key={p.key}
            name="start"
            groupId={p.key === first ? undefined : `field-start-${p.key}`}
            legend={t(p.key)}
            variant="tiles"
            defaultValue={selected}
            choices={p.slots.map((s) => ({
              value: s.start,
              label: (
                <>
                  {s.time}
                  <span className="visually-hidden"> {t('until', { time: s.endTime })}</span>
                </>
              ),
            }))}
          />
        ))}
    </section>
  );
}
