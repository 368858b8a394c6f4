import { describe, expect, it } from 'vitest';
import { checkHealth } from './check';

describe('checkHealth', () => {
  it('is ok when every probe succeeds', async () => {
    const report = await checkHealth({ database: () => true, video: async () => [] });
    expect(report).toEqual({ status: 'ok', components: { database: 'ok', video: 'ok' } });
  });

  it('reports the failing component without its error text', async () => {
    const report = await checkHealth({
      database: () => {
        throw new Error('SQLITE_CANTOPEN /secret/path');
      },
      video: async () => {
        throw new Error('ECONNREFUSED');
      },
    });
    expect(report).toEqual({
      status: 'unavailable',
      components: { database: 'unavailable', video: 'unavailable' },
    });
    expect(JSON.stringify(report)).not.toMatch(/secret|ECONN/);
  });
});
