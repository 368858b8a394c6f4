import { describe, expect, it } from 'vitest';
import { medianOf, mergeBuckets, rate } from './statistics';

describe('medianOf', () => {
  it('is null for an empty histogram or only empty buckets', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([{ value: 4, count: 0 }])).toBeNull();
  });
  it('takes the middle value of an odd count', () => {
    // 1, 1, 2, 9, 9 → 2
    expect(
      medianOf([
        { value: 9, count: 2 },
        { value: 1, count: 2 },
        { value: 2, count: 1 },
      ]),
    ).toBe(2);
  });
  it('averages the two middle values of an even count', () => {
    // 0, 3, 3, 10 → 3; 0, 1 → 0.5
    expect(
      medianOf([
        { value: 3, count: 2 },
        { value: 0, count: 1 },
        { value: 10, count: 1 },
      ]),
    ).toBe(3);
    expect(
      medianOf([
        { value: 0, count: 1 },
        { value: 1, count: 1 },
      ]),
    ).toBe(0.5);
  });
  it('joins buckets of the same value from different days', () => {
    // 5 ×3 (two days), 7 ×2 → 5
    expect(
      medianOf([
        { value: 5, count: 1 },
        { value: 7, count: 2 },
        { value: 5, count: 2 },
      ]),
    ).toBe(5);
    expect(
      mergeBuckets([
        { value: 2, count: 1 },
        { value: 2, count: -1 },
      ]),
    ).toEqual([]);
  });
});

describe('rate', () => {
  it('divides, or is null without a whole', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
  });
});
