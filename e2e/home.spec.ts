import { expect, test } from '@playwright/test';
import de from '../lib/i18n/messages/de.json';
import en from '../lib/i18n/messages/en.json';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot, viewports } from './support/screenshots';

const catalogues = { de, en } as const;

for (const locale of ['de', 'en'] as const) {
  const t = catalogues[locale];

  test(`home page renders in ${locale} and passes axe`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.Home.hero.title);
    await expect(page).toHaveTitle(t.Metadata.defaultTitle);
    for (const channel of ['presence', 'phone', 'video', 'walk'] as const) {
      await expect(
        page.getByRole('heading', { name: t.Home.channels[channel].title }),
      ).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  for (const [device, viewport] of Object.entries(viewports)) {
    test(`home page screenshot ${locale} ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
      await saveScreenshot(page, `home-${locale}-${device}`);
    });
  }
}

test('the language switch moves between German and English on the same page', async ({ page }) => {
  await page.goto('/de/impressum');
  const switcher = page.getByRole('navigation', { name: de.LanguageSwitch.label });
  await switcher.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/impressum$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: en.LanguageSwitch.label })
    .getByRole('link', { name: 'Deutsch' })
    .click();
  await expect(page).toHaveURL(/\/de\/impressum$/);
});

test('the root path redirects by Accept-Language', async ({ request }) => {
  const cases = [
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'de'],
    ['fr-FR', 'de'],
  ] as const;
  for (const [header, locale] of cases) {
    const response = await request.get('/', {
      headers: { 'Accept-Language': header },
      maxRedirects: 0,
    });
    expect(response.status(), header).toBe(307);
    expect(new URL(response.headers().location!, 'http://x').pathname, header).toBe(`/${locale}`);
  }
});

test('a browser set to English lands on the English home page', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/de');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: de.Shell.skipLink });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

const legalPages = [
  ['impressum', 'imprint'],
  ['datenschutz', 'privacy'],
  ['barrierefreiheit', 'accessibility'],
] as const;

for (const [slug, key] of legalPages) {
  test(`footer leads to ${slug}, marked as demo text and axe-clean`, async ({ page }) => {
    await page.goto('/de');
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: de.Shell.footer[key] }).click();
    await expect(page).toHaveURL(new RegExp(`/de/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('an unknown page answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/de/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: de.Shell.siteName }).first()).toBeVisible();
});
