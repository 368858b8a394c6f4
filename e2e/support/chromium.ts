import type { LaunchOptions } from '@playwright/test';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium in this sandbox: offline-friendly, no first-run work. */
export const chromiumSandboxArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Headless, with fake camera and microphone for the video tests. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: chromiumPath,
  args: [
    ...chromiumSandboxArgs,
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    '--allow-loopback-in-peer-connection',
  ],
};
