import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type WorkerProcess = { pid: number; stop: () => Promise<void> };

/**
 * Starts the notification worker (scripts/worker.ts) as its own process: node with tsx
 * as a loader, so the PID is the worker's and a signal reaches it directly. Resolves
 * once it logged that it started.
 */
export async function startWorkerProcess(options: {
  env: Record<string, string>;
  logFile: string;
}): Promise<WorkerProcess> {
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(process.cwd(), 'scripts', 'worker.ts')],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', log, log] },
  );
  const deadline = Date.now() + 30_000;
  const hasStarted = () => fs.readFileSync(options.logFile, 'utf8').includes('[worker] ');
  while (!hasStarted()) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`worker did not start:\n${fs.readFileSync(options.logFile, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.closeSync(log);
    },
  };
}
