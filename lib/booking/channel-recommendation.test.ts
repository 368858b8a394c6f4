import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels, type Channel } from '@/db/schema/enums';
import {
  answerKeys,
  recommendChannels,
  type ChannelAnswers,
  type ChannelRecommendation,
} from './channel-recommendation';

const none: ChannelAnswers = {
  languageSupport: false,
  hearingImpairment: false,
  visionImpairment: false,
  mobilityImpairment: false,
  videoReady: false,
  inPerson: false,
};

const all = [...channels];

function answers(overrides: Partial<ChannelAnswers>): ChannelAnswers {
  return { ...none, ...overrides };
}

function recommended(list: ChannelRecommendation[]): Channel[] {
  return list.filter((r) => r.isRecommended).map((r) => r.channel);
}

function find(list: ChannelRecommendation[], channel: Channel) {
  return list.find((r) => r.channel === channel)!;
}

describe('recommendChannels', () => {
  it('keeps the canonical order and recommends nothing without answers', () => {
    const list = recommendChannels(none, all);
    expect(list.map((r) => r.channel)).toEqual(['presence', 'phone', 'video', 'walk_and_talk']);
    expect(recommended(list)).toEqual([]);
  });

  it('recommends presence for language support, with the reason', () => {
    const list = recommendChannels(answers({ languageSupport: true }), all);
    expect(list[0]?.channel).toBe('presence');
    expect(recommended(list)).toEqual(['presence']);
    expect(find(list, 'presence').reasons).toContain('presence_language');
    expect(find(list, 'phone').cautions).toContain('phone_language');
  });

  it('recommends presence for the wish to meet in person', () => {
    const list = recommendChannels(answers({ inPerson: true }), all);
    expect(recommended(list)).toEqual(['presence']);
    expect(find(list, 'walk_and_talk').reasons).toContain('walk_in_person');
  });

  it('recommends video when a quiet room and camera are available', () => {
    const list = recommendChannels(answers({ videoReady: true }), all);
    expect(recommended(list)).toEqual(['video']);
    expect(find(list, 'video').reasons).toEqual(['video_ready']);
  });

  it('warns about video without the equipment', () => {
    const list = recommendChannels(answers({ mobilityImpairment: true }), all);
    expect(find(list, 'video').cautions).toContain('video_needs_equipment');
    expect(recommended(list)).toEqual(['phone']);
    expect(find(list, 'phone').reasons).toContain('phone_no_travel');
  });

  it('never recommends phone or walk and talk to someone with a hearing impairment', () => {
    const list = recommendChannels(answers({ hearingImpairment: true, videoReady: true }), all);
    expect(recommended(list)).not.toContain('phone');
    expect(find(list, 'phone').cautions).toContain('phone_hearing');
    expect(find(list, 'walk_and_talk').cautions).toContain('walk_hearing');
  });

  it('puts walk and talk last for a mobility impairment', () => {
    const list = recommendChannels(answers({ mobilityImpairment: true, videoReady: true }), all);
    expect(list.at(-1)?.channel).toBe('walk_and_talk');
    expect(find(list, 'walk_and_talk').cautions).toContain('walk_mobility');
    expect(find(list, 'presence').cautions).toContain('presence_travel');
  });

  it('lists only offered channels', () => {
    const list = recommendChannels(answers({ inPerson: true }), ['presence', 'phone']);
    expect(list.map((r) => r.channel)).toEqual(['presence', 'phone']);
  });

  const anyAnswers = fc.record(
    Object.fromEntries(answerKeys.map((key) => [key, fc.boolean()])) as {
      [K in keyof ChannelAnswers]: fc.Arbitrary<boolean>;
    },
  );
  const anyOffer = fc.subarray(all, { minLength: 1 });

  it('keeps every offered channel, presence included, for any answers', () => {
    fc.assert(
      fc.property(anyAnswers, anyOffer, (a, offered) => {
        const list = recommendChannels(a, offered);
        expect(list.map((r) => r.channel).sort()).toEqual([...offered].sort());
      }),
    );
  });

  it('ranks by score and recommends only top-scored channels', () => {
    fc.assert(
      fc.property(anyAnswers, anyOffer, (a, offered) => {
        const list = recommendChannels(a, offered);
        const scores = list.map((r) => r.score);
        if (Object.values(a).some(Boolean)) {
          expect(scores).toEqual([...scores].sort((x, y) => y - x));
        }
        const top = Math.max(...scores);
        for (const r of list) if (r.isRecommended) expect(r.score).toBe(top);
      }),
    );
  });
});
