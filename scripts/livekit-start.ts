import { loadConfigOrExit } from './lib/config';
import { isPortFree } from './lib/free-port';
import { startLivekit } from './lib/livekit-process';

// Runs the local SFU in the foreground until SIGINT/SIGTERM. Used by `npm start`.
const config = loadConfigOrExit();
const port = Number(new URL(config.livekit.url).port || 7880);

async function main() {
  if (!(await isPortFree(port, '127.0.0.1'))) {
    console.error(
      `error: port ${port} (LiveKit) is in use; stop the other LiveKit server or set LIVEKIT_URL=ws://127.0.0.1:<port>`,
    );
    process.exit(1);
  }
  const livekit = await startLivekit({
    port,
    udpPortStart: 50000,
    udpPortEnd: 50019,
    apiKey: config.livekit.apiKey,
    apiSecret: config.livekit.apiSecret,
    // Presence (joined, left) for the counsellor's view, straight to the local app.
    webhookUrl: `http://127.0.0.1:${config.port}/api/v1/video/webhook`,
  });
  console.log(`LiveKit SFU listening on ${livekit.url} (loopback only)`);
  const shutdown = () => void livekit.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  livekit.process.on('exit', (code) => {
    console.error(`error: LiveKit server stopped unexpectedly (exit code ${code})`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
