import { expect, test } from '@playwright/test';

test('the app reports its database and LiveKit server as up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(await response.json()).toEqual({
    status: 'ok',
    components: { database: 'ok', video: 'ok' },
  });
});
