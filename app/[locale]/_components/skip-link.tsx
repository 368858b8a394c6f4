import { getTranslations } from 'next-intl/server';

// Must stay the first focusable element of the page (WCAG 2.4.1 Bypass Blocks).
export async function SkipLink() {
  const t = await getTranslations('Shell');
  return (
    <a className="skip-link" href="#main">
      {t('skipLink')}
    </a>
  );
}
