import { describe, expect, it } from 'vitest';
import { pickCounsellor } from './assignment';

describe('pickCounsellor', () => {
  it('prefers the fewest appointments that week', () => {
    expect(
      pickCounsellor([
        { id: 'a', weekLoad: 5, lastAssignedAt: '2026-01-01T00:00:00.000Z' },
        { id: 'b', weekLoad: 3, lastAssignedAt: '2026-11-01T00:00:00.000Z' },
      ]),
    ).toBe('b');
  });

  it('breaks ties round robin: never assigned first, then longest ago', () => {
    const tied = [
      { id: 'a', weekLoad: 2, lastAssignedAt: '2026-11-02T00:00:00.000Z' },
      { id: 'b', weekLoad: 2, lastAssignedAt: '2026-11-01T00:00:00.000Z' },
    ];
    expect(pickCounsellor(tied)).toBe('b');
    expect(pickCounsellor([...tied, { id: 'c', weekLoad: 2 }])).toBe('c');
  });

  it('returns undefined without candidates', () => {
    expect(pickCounsellor([])).toBeUndefined();
  });
});
