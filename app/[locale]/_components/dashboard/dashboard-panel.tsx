import { Suspense } from 'react';
import { listScopeOffices } from '@/db/queries/dashboard-scope';
import { allNrw, type DashboardAudience } from '@/lib/dashboard/scope';
import { loadDashboard, type DashboardScope } from '@/lib/dashboard/service';
import { getDatabase } from '@/lib/server/database';
import styles from './dashboard.module.css';
import type { DashboardRequest } from './dashboard-access';
import { DashboardView } from './dashboard-view';
import { dashboardFormat } from './format';
import type { Locale } from '@/lib/i18n/locales';
import { scopeLabel } from './scope-label';

type Props = {
  audience: DashboardAudience;
  scope: DashboardScope;
  request: DashboardRequest;
  locale: Locale;
  /** The page's own path (without locale), the form's target. */
  path: string;
};

/**
 * The dashboard below a page heading: the period (and, for admins, office) form as a
 * plain GET form, the CSV link for the same choice, and the figures, streamed in.
 */
export async function DashboardPanel({ audience, scope, request, locale, path }: Props) {
  const fmt = await dashboardFormat(locale);
  const { t } = fmt;
  const db = getDatabase();
  const offices = audience === 'admin' ? listScopeOffices(db) : [];
  const label = scopeLabel(db, scope, fmt);
  const query = new URLSearchParams({ audience, from: request.period.from, to: request.period.to });
  if (audience === 'admin') query.set('office', scope.kind === 'office' ? scope.officeId : allNrw);
  query.set('locale', locale);
  return (
    <>
      <form method="get" action={`/${locale}${path}`} className={styles.form}>
        <fieldset>
          <legend>{t('form.legend')}</legend>
          <div className={styles.field}>
            <label htmlFor="dashboard-from">{t('form.from')}</label>
            <input
              id="dashboard-from"
              name="from"
              type="date"
              defaultValue={request.period.from}
              required
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="dashboard-to">{t('form.to')}</label>
            <input
              id="dashboard-to"
              name="to"
              type="date"
              defaultValue={request.period.to}
              required
            />
          </div>
          {audience === 'admin' && (
            <div className={styles.field}>
              <label htmlFor="dashboard-office">{t('form.office')}</label>
              <select
                id="dashboard-office"
                name="office"
                defaultValue={scope.kind === 'office' ? scope.officeId : allNrw}
              >
                <option value={allNrw}>{t('form.allNrw')}</option>
                {offices.map((office) => (
                  <option key={office.id} value={office.id}>
                    {office.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="button">
            {t('form.submit')}
          </button>
        </fieldset>
      </form>
      {request.isInvalid && (
        <p role="alert" className={styles.status}>
          {t('form.invalid', { message: t('form.invalidRange') })}
        </p>
      )}
      <div className={styles.toolbar}>
        <p className={styles.scope}>
          {label} ·{' '}
          {t('periodLabel', {
            from: formatDate(request.period.from, locale),
            to: formatDate(request.period.to, locale),
          })}
        </p>
        <p>
          <a href={`/api/dashboard/export?${query}`} download>
            {t('export')}
          </a>{' '}
          <span className={styles.hint}>({t('exportHint')})</span>
        </p>
      </div>
      <Suspense
        fallback={
          <p role="status" className={styles.status}>
            {t('loading')}
          </p>
        }
      >
        <DashboardFigures scope={scope} period={request.period} locale={locale} />
      </Suspense>
    </>
  );
}

async function DashboardFigures(props: {
  scope: DashboardScope;
  period: { from: string; to: string };
  locale: Locale;
}) {
  const figures = loadDashboard(getDatabase(), props.scope, props.period);
  return <DashboardView figures={figures} locale={props.locale} />;
}

function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
