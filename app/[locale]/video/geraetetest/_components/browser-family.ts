export const browserFamilies = ['chrome', 'firefox', 'safari', 'other'] as const;
export type BrowserFamily = (typeof browserFamilies)[number];

/**
 * Which browser's settings the permission help should describe. Order matters: Chrome
 * and Edge name Safari in their user agent. Chrome, Edge and Firefox on iOS keep the
 * permission in the iPhone's settings, which the general text covers.
 */
export function browserFamilyOf(userAgent: string): BrowserFamily {
  if (/CriOS\/|FxiOS\/|EdgiOS\//.test(userAgent)) return 'other';
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Edg\/|Chrome\/|Chromium\//.test(userAgent)) return 'chrome';
  if (/Safari\//.test(userAgent)) return 'safari';
  return 'other';
}
