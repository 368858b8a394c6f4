import { describe, expect, it } from 'vitest';
import { showsSecondFactor } from './mfa';

describe('showsSecondFactor', () => {
  it.each([
    [{ amr: ['pwd', 'otp'] }, true],
    [{ amr: ['pwd', 'mfa'] }, true],
    [{ amr: ['hwk'] }, true],
    [{ amr: ['pwd'] }, false],
    [{ amr: ['pwd', 'kba'] }, false],
    [{ amr: 'otp' }, false],
    [{}, false],
    [{ amr: [1, null] }, false],
  ])('%j → %s', (claims, expected) => {
    expect(showsSecondFactor(claims)).toBe(expected);
  });

  it('accepts an acr value only when the operator names it', () => {
    expect(showsSecondFactor({ amr: ['pwd'], acr: '2' })).toBe(false);
    expect(showsSecondFactor({ amr: ['pwd'], acr: '2' }, ['2'])).toBe(true);
  });
});
