import { channels, type Channel } from '@/db/schema/enums';

/**
 * "Hilfe bei der Wahl": a few yes/no answers turn into a ranked list of the offered
 * channels, each with the reasons for and against it. Pure and deterministic.
 *
 * Invariants: every offered channel stays in the list (the choice is the client's),
 * presence is never dropped or hidden, and an unanswered questionnaire recommends nothing.
 */
export type ChannelAnswers = {
  /** Wants help with German or an interpreter. */
  languageSupport: boolean;
  hearingImpairment: boolean;
  visionImpairment: boolean;
  mobilityImpairment: boolean;
  /** Has a quiet room, a camera and enough mobile data or Wi-Fi. */
  videoReady: boolean;
  /** Wishes to meet the counsellor in person. */
  inPerson: boolean;
};

export const answerKeys = [
  'languageSupport',
  'hearingImpairment',
  'visionImpairment',
  'mobilityImpairment',
  'videoReady',
  'inPerson',
] as const satisfies readonly (keyof ChannelAnswers)[];

export type ChannelReason =
  | 'presence_always'
  | 'presence_language'
  | 'presence_in_person'
  | 'presence_hearing'
  | 'presence_vision'
  | 'phone_no_travel'
  | 'phone_no_screen'
  | 'phone_no_equipment'
  | 'video_ready'
  | 'video_no_travel'
  | 'video_hearing'
  | 'walk_in_person';

export type ChannelCaution =
  | 'presence_travel'
  | 'phone_hearing'
  | 'phone_language'
  | 'video_needs_equipment'
  | 'video_vision'
  | 'walk_mobility'
  | 'walk_vision'
  | 'walk_hearing'
  | 'walk_language';

export type ChannelRecommendation = {
  channel: Channel;
  score: number;
  isRecommended: boolean;
  reasons: ChannelReason[];
  cautions: ChannelCaution[];
};

type Rule = {
  when: (a: ChannelAnswers) => boolean;
  points: number;
  reason?: ChannelReason;
  caution?: ChannelCaution;
};

const always = () => true;

/** Scores per channel; a reason adds points, a caution takes them away. */
const rules: Record<Channel, Rule[]> = {
  presence: [
    { when: always, points: 1, reason: 'presence_always' },
    { when: (a) => a.languageSupport, points: 3, reason: 'presence_language' },
    { when: (a) => a.inPerson, points: 3, reason: 'presence_in_person' },
    { when: (a) => a.hearingImpairment, points: 2, reason: 'presence_hearing' },
    { when: (a) => a.visionImpairment, points: 1, reason: 'presence_vision' },
    { when: (a) => a.mobilityImpairment, points: 0, caution: 'presence_travel' },
  ],
  phone: [
    { when: always, points: 1 },
    { when: (a) => a.mobilityImpairment, points: 2, reason: 'phone_no_travel' },
    { when: (a) => a.visionImpairment, points: 2, reason: 'phone_no_screen' },
    { when: (a) => !a.videoReady, points: 1, reason: 'phone_no_equipment' },
    { when: (a) => a.hearingImpairment, points: -4, caution: 'phone_hearing' },
    { when: (a) => a.languageSupport, points: -2, caution: 'phone_language' },
    { when: (a) => a.inPerson, points: -1 },
  ],
  video: [
    { when: (a) => !a.videoReady, points: -3, caution: 'video_needs_equipment' },
    { when: (a) => a.videoReady, points: 2, reason: 'video_ready' },
    { when: (a) => a.videoReady && a.mobilityImpairment, points: 1, reason: 'video_no_travel' },
    { when: (a) => a.videoReady && a.hearingImpairment, points: 1, reason: 'video_hearing' },
    { when: (a) => a.visionImpairment, points: -1, caution: 'video_vision' },
    { when: (a) => a.inPerson, points: -1 },
  ],
  walk_and_talk: [
    { when: (a) => a.inPerson, points: 2, reason: 'walk_in_person' },
    { when: (a) => a.mobilityImpairment, points: -4, caution: 'walk_mobility' },
    { when: (a) => a.visionImpairment, points: -1, caution: 'walk_vision' },
    { when: (a) => a.hearingImpairment, points: -1, caution: 'walk_hearing' },
    { when: (a) => a.languageSupport, points: -1, caution: 'walk_language' },
  ],
};

/** Below this score the answers do not speak for a channel strongly enough. */
const recommendationThreshold = 2;

function score(channel: Channel, answers: ChannelAnswers) {
  const matching = rules[channel].filter((rule) => rule.when(answers));
  return {
    score: matching.reduce((sum, rule) => sum + rule.points, 0),
    reasons: matching.flatMap((rule) => (rule.reason ? [rule.reason] : [])),
    cautions: matching.flatMap((rule) => (rule.caution ? [rule.caution] : [])),
  };
}

export function hasAnyAnswer(answers: ChannelAnswers): boolean {
  return answerKeys.some((key) => answers[key]);
}

/**
 * The offered channels, best first (ties keep the canonical order: presence, phone,
 * video, walk and talk; without any answer the canonical order is kept). The channels
 * with the top score are recommended when it reaches the threshold.
 */
export function recommendChannels(
  answers: ChannelAnswers,
  offered: readonly Channel[],
): ChannelRecommendation[] {
  const isAnswered = hasAnyAnswer(answers);
  const scored = channels
    .filter((channel) => offered.includes(channel))
    .map((channel) => ({ channel, ...score(channel, answers) }));
  // Array#sort is stable, so equal scores keep the canonical order.
  if (isAnswered) scored.sort((a, b) => b.score - a.score);
  const top = Math.max(...scored.map((s) => s.score));
  const canRecommend = isAnswered && top >= recommendationThreshold;
  return scored.map((s) => ({ ...s, isRecommended: canRecommend && s.score === top }));
}
