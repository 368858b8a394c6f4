import path from 'node:path';
import type { Page } from '@playwright/test';

export const viewports = {
  phone: { width: 360, height: 800 },
  desktop: { width: 1280, height: 900 },
} as const;

/** Full-page screenshot under e2e/artifacts/screenshots/ (ignored by git). */
export async function saveScreenshot(page: Page, name: string) {
  await page.screenshot({
    path: path.join(process.cwd(), 'e2e', 'artifacts', 'screenshots', `${name}.png`),
    fullPage: true,
  });
}
