import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import styles from '../../_components/admin.module.css';
import type { Option } from './staff-options';

type StaffFilterProps = {
  values: { q?: string; role?: string; office?: string; status?: string };
  roles: Option[];
  offices: Option[];
};

/** A plain GET form: the filters live in the URL, so a filtered list can be shared. */
export async function StaffFilter({ values, roles, offices }: StaffFilterProps) {
  const t = await getTranslations('AdminStaff.filter');
  const status = await getTranslations('Admin.status');
  return (
    <search>
      <form method="get" className={styles.filter} aria-labelledby="staff-filter-title">
        <h2 id="staff-filter-title" className={styles.legend}>
          {t('title')}
        </h2>
        <div className={styles.grid}>
          <TextField name="q" label={t('query')} defaultValue={values.q} autoComplete="off" />
          <SelectField
            name="role"
            label={t('role')}
            options={[{ value: '', label: t('anyRole') }, ...roles]}
            defaultValue={values.role ?? ''}
          />
          <SelectField
            name="office"
            label={t('office')}
            options={[{ value: '', label: t('anyOffice') }, ...offices]}
            defaultValue={values.office ?? ''}
          />
          <SelectField
            name="status"
            label={t('status')}
            options={[
              { value: '', label: t('anyStatus') },
              { value: 'active', label: status('active') },
              { value: 'inactive', label: status('inactive') },
            ]}
            defaultValue={values.status ?? ''}
          />
        </div>
        <p className={styles.buttons}>
          <button type="submit" className="button button-primary">
            {t('submit')}
          </button>
          <Link href="/verwaltung/mitarbeitende">{t('reset')}</Link>
        </p>
      </form>
    </search>
  );
}
