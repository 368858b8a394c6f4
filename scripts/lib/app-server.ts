import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type AppServer = {
  baseUrl: string;
  /** The server process, e.g. for a benchmark to read its CPU time. */
  pid: number | undefined;
  stop: () => Promise<void>;
};

/** Starts `next start` (the production build) and waits until it serves a page. */
export async function startAppServer(options: {
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof for a benchmark profile. */
  nodeArgs?: string[];
}): Promise<AppServer> {
  const log = fs.openSync(options.logFile, 'a');
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), nextBin, 'start', '-p', String(options.port)],
    {
      env: { ...process.env, ...options.env, PORT: String(options.port) },
      stdio: ['ignore', log, log],
    },
  );
  // Auth.js and next rewrite loopback hosts to localhost; use it everywhere.
  const baseUrl = `http://localhost:${options.port}`;
  const deadline = Date.now() + 60_000;
  let isReady = false;
  while (!isReady && Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `app server exited (${child.exitCode}):\n${fs.readFileSync(options.logFile, 'utf8')}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/de`);
      isReady = response.ok;
    } catch {
      // not listening yet
    }
    if (!isReady) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!isReady) {
    child.kill('SIGKILL');
    throw new Error(`app server did not start:\n${fs.readFileSync(options.logFile, 'utf8')}`);
  }
  return {
    baseUrl,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.closeSync(log);
    },
  };
}
