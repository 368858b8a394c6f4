import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { FlowParams } from '@/lib/booking/form-schemas';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { flowHref, steps, type Step } from '../_lib/flow';
import styles from './step-layout.module.css';

type StepLayoutProps = {
  step: Step;
  params: FlowParams;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
};

/**
 * Frame of every booking step: the progress (an ordered list; done steps link back with
 * all choices kept, the current one has aria-current="step"), a back link, and the one h1.
 */
export async function StepLayout({ step, params, title, intro, children }: StepLayoutProps) {
  const t = await getTranslations('Booking');
  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  return (
    <div className={`container ${styles.page}`}>
      <nav aria-label={t('progress.label')} className={styles.progress}>
        <p className={styles.progressText} aria-hidden="true">
          {t('progress.text', { current: index + 1, total: steps.length })}
        </p>
        <ol className={styles.steps}>
          {steps.map((s, i) => (
            <li
              key={s}
              className={styles.step}
              data-state={i < index ? 'done' : i === index ? 'current' : 'todo'}
              aria-current={i === index ? 'step' : undefined}
            >
              {i < index ? (
                <Link href={flowHref(s, params)} className={styles.stepLink}>
                  <span className={styles.stepName}>{t(`steps.${s}`)}</span>
                  <span className="visually-hidden"> {t('progress.done')}</span>
                </Link>
              ) : (
                <span className={styles.stepName}>{t(`steps.${s}`)}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {previous && (
        <Link href={flowHref(previous, params)} className={styles.back}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('back', { step: t(`steps.${previous}`) })}
        </Link>
      )}
      <h1 className={styles.title}>{title}</h1>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </div>
  );
}

/** `<title>` of a step: "Region – Termin buchen | Beratungsportal NRW". */
export async function stepMetadata(locale: Locale, step: Step): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Booking' });
  return {
    title: `${t(`steps.${step}`)} – ${t('title')}`,
    robots: { index: step === 'service', follow: true },
  };
}
