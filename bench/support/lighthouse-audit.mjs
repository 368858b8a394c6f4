// Runs one Lighthouse performance audit (mobile defaults) and prints its figures as JSON.
// Plain JavaScript run by node on purpose: Lighthouse sends functions to the browser as
// source text, and a TypeScript loader's helpers (e.g. esbuild's __name) break them there.
import lighthouse from 'lighthouse';

const [url, port] = process.argv.slice(2);
const result = await lighthouse(url, {
  port: Number(port),
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance'],
});
const lhr = result.lhr;
const requests = lhr.audits['network-requests']?.details?.items ?? [];
const scriptBytes = requests
  .filter((r) => r.resourceType === 'Script')
  .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
console.log(
  JSON.stringify({
    score: lhr.categories.performance.score,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    scriptBytes,
    runtimeError: lhr.runtimeError?.message,
  }),
);
