import type {RuleId, Severity} from './rule.js'

export type ProfileId = 'networking-pitch' | 'elevator-pitch' | 'speaker-bio' | 'profile-about'

export type RuleSetting = Severity | 'off'

/** A named set of rule severities and a length budget, for one kind of text. */
export interface Profile {
  readonly id: ProfileId
  readonly description: string
  readonly rules: Readonly<Partial<Record<RuleId, RuleSetting>>>
  /** Speaking-time budget in seconds, or a word budget for texts that are read, not spoken. */
  readonly budget: {readonly seconds: number} | {readonly words: number}
  /** Words above which hard-sentence calls a sentence long (default 20, for texts heard once or read aloud). */
  readonly longSentenceWords?: number
}

export const profiles: Readonly<Record<ProfileId, Profile>> = {
  'networking-pitch': {
    id: 'networking-pitch',
    description: 'A spoken introduction at a networking meeting (about 40 seconds). All rules on.',
    rules: {},
    budget: {seconds: 40},
  },
  'elevator-pitch': {
    id: 'elevator-pitch',
    description: 'A spoken elevator pitch of up to a minute. All rules on.',
    rules: {},
    budget: {seconds: 60},
  },
  'speaker-bio': {
    id: 'speaker-bio',
    description: 'A third-person bio for an event or website: no ask needed, about 120 words.',
    rules: {'missing-ask': 'off', 'unspecific-ask': 'off', 'vague-target': 'info'},
    budget: {words: 120},
  },
  'profile-about': {
    id: 'profile-about',
    description: 'A LinkedIn-style About text: an ask is recommended, not required.',
    rules: {'missing-ask': 'warning', 'unspecific-ask': 'info'},
    budget: {words: 300},
    // Read on a screen and reread at will, unlike a pitch or a bio a host reads aloud.
    longSentenceWords: 25,
  },
}

export const DEFAULT_PROFILE: ProfileId = 'networking-pitch'

export function isProfileId(value: string): value is ProfileId {
  return Object.hasOwn(profiles, value)
}
