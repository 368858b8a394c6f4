import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = root) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('start-up errors are one clear line', () => {
  it('names a malformed DATABASE_URL and how to fix it', () => {
    const result = run(tsx, ['scripts/check-config.ts'], { DATABASE_URL: 'mysql://db/x' });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'error: DATABASE_URL "mysql://db/x" is not valid: expected file:<path>, e.g. file:./data/beratungsportal.db',
    ]);
  });

  it('refuses production with the demo secrets of this repository', () => {
    const result = run(tsx, ['scripts/check-config.ts'], {
      APP_MODE: 'production',
      APP_URL: 'https://beratung.example',
      AUTH_SECRET: 'beratungsportal-local-demo-auth-secret-not-for-production',
      LIVEKIT_API_KEY: 'key',
      LIVEKIT_API_SECRET: 'a-real-livekit-secret-of-at-least-32-chars',
      SMTP_URL: 'smtp://mail.example:587',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'error: AUTH_SECRET and LIVEKIT_API_SECRET must not be the demo defaults when APP_MODE=production',
    ]);
  });

  it('names a port in use', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const result = run(tsx, ['scripts/check-port.ts', String(port)]);
    server.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: port ${port} is already in use; stop the other server or run PORT=<free port> npm start`,
    );
  });

  it('says that Go is missing when LiveKit must be built', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-go-'));
    tempDirs.push(dir);
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.copyFileSync(
      path.join(root, 'scripts', 'livekit-install.sh'),
      path.join(dir, 'scripts', 'livekit-install.sh'),
    );
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // A PATH with the basic tools but without go.
    for (const tool of ['bash', 'grep', 'dirname', 'mkdir', 'mktemp', 'rm', 'cut']) {
      const found = run('bash', ['-c', `command -v ${tool}`]).stdout;
      fs.symlinkSync(found, path.join(bin, tool));
    }
    const result = run('bash', ['scripts/livekit-install.sh'], { PATH: bin }, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^error: the Go toolchain is missing; install Go .* and run again$/,
    );
  });
});
