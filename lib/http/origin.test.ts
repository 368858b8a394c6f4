import { describe, expect, it } from 'vitest';
import { assertSameOrigin } from './origin';

const app = 'https://beratung.example';

describe('assertSameOrigin', () => {
  it('lets through requests from our own pages and from clients without Origin', () => {
    expect(() => assertSameOrigin(new Headers({ origin: app }), app)).not.toThrow();
    expect(() => assertSameOrigin(new Headers(), app)).not.toThrow();
  });

  it.each([
    'https://evil.example',
    'null',
    'http://beratung.example',
    'https://beratung.example.evil',
  ])('refuses a write from %s', (origin) => {
    expect(() => assertSameOrigin(new Headers({ origin }), app)).toThrow(/other sites/);
  });
});
