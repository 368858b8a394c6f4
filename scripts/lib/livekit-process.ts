import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const livekitBinary = path.join(process.cwd(), '.tools', 'livekit-server');

export type LivekitOptions = {
  port: number;
  udpPortStart: number;
  udpPortEnd: number;
  apiKey: string;
  apiSecret: string;
  webhookUrl?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
};

/**
 * LiveKit configuration for a loopback-only SFU: no external IP discovery (it would call
 * public STUN servers), no TCP fallback port (it would listen on all interfaces), rooms
 * created explicitly. JSON is valid YAML, which is what the server reads.
 */
export function livekitConfig(options: LivekitOptions): Record<string, unknown> {
  return {
    port: options.port,
    bind_addresses: ['127.0.0.1'],
    log_level: options.logLevel ?? 'info',
    rtc: {
      port_range_start: options.udpPortStart,
      port_range_end: options.udpPortEnd,
      tcp_port: 0,
      use_external_ip: false,
      node_ip: '127.0.0.1',
      enable_loopback_candidate: true,
      interfaces: { includes: ['lo'] },
      stun_servers: ['127.0.0.1:3478'],
      // A subscriber's first key frame can arrive before its end-to-end decryption is
      // ready and is then dropped; the next one comes only when the SFU passes on the
      // next key-frame request. LiveKit throttles those to one per second (high and
      // mid layers), which made joining an encrypted session about a second slower.
      pli_throttle: { low_quality: '200ms', mid_quality: '300ms', high_quality: '300ms' },
    },
    turn: { enabled: false },
    room: { auto_create: false },
    ...(options.webhookUrl
      ? { webhook: { api_key: options.apiKey, urls: [options.webhookUrl] } }
      : {}),
  };
}

export type RunningLivekit = { url: string; process: ChildProcess; stop: () => Promise<void> };

/** Starts the SFU and resolves once it answers on its HTTP port. */
export async function startLivekit(options: LivekitOptions): Promise<RunningLivekit> {
  if (!fs.existsSync(livekitBinary)) {
    throw new Error(
      `LiveKit server not installed at ${livekitBinary}: run npm run livekit:install`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livekit-'));
  const configFile = path.join(dir, 'livekit.yaml');
  fs.writeFileSync(configFile, JSON.stringify(livekitConfig(options), null, 2));
  const child = spawn(livekitBinary, ['--config', configFile], {
    // Keys travel in the environment, so no secret is written to disk.
    env: { ...process.env, LIVEKIT_KEYS: `${options.apiKey}: ${options.apiSecret}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(url, child, () => output);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `ws://127.0.0.1:${options.port}`, process: child, stop };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`LiveKit server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`LiveKit server did not answer on ${url} within 20 s:\n${output()}`);
}
