import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, chromiumSandboxArgs } from '../e2e/support/chromium';
import { findFreePort } from '../scripts/lib/free-port';
import { startAppServer } from '../scripts/lib/app-server';
import { bookingStepPaths } from './support/booking-pages';

// Lighthouse (mobile settings) on the home page and each booking step of the production
// build: performance score (target ≥ 95), LCP, CLS, and first-load JavaScript (target
// ≤ 160 KiB gzipped, i.e. as transferred).
type Figures = {
  score: number;
  lcpMs: number;
  cls: number;
  scriptBytes: number;
  runtimeError?: string;
};

function audit(url: string, port: number): Figures {
  const script = path.join(process.cwd(), 'bench', 'support', 'lighthouse-audit.mjs');
  const result = spawnSync(process.execPath, [script, url, String(port)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Lighthouse failed for ${url}: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Figures;
}

const chromeFlags = ['--headless=new', ...chromiumSandboxArgs];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pages-'));
  const server = await startAppServer({
    port: await findFreePort(),
    env: { APP_MODE: 'demo', DATABASE_URL: `file:${path.join(dir, 'pages.db')}` },
    logFile: path.join(dir, 'server.log'),
  });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags,
  });
  try {
    const paths = ['/de', ...(await bookingStepPaths(server.baseUrl))];
    for (const pagePath of paths) {
      const figures = audit(`${server.baseUrl}${pagePath}`, chrome.port);
      if (figures.runtimeError) throw new Error(`${pagePath}: ${figures.runtimeError}`);
      const score = Math.round(figures.score * 100);
      const lcp = (figures.lcpMs / 1000).toFixed(2);
      const js = (figures.scriptBytes / 1024).toFixed(0);
      console.log(
        `${pagePath}: score ${score}, LCP ${lcp} s, CLS ${figures.cls.toFixed(3)}, first-load JS ${js} KiB`,
      );
    }
  } finally {
    chrome.kill();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
