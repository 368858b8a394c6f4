import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Runs every bench/*.bench.ts (or those named on the command line) and prints their
// figures. Benchmarks report; they never fail on a number.
const dir = path.join(process.cwd(), 'bench');
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync('npx', ['--no-install', 'tsx', path.join(dir, file)], {
    stdio: 'inherit',
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
