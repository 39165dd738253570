import type {Lexicons} from '../text/pattern.js'

/**
 * The words and phrases one language needs to find the three pillars (who, what, ask).
 * Patterns use the word-pattern language of `text/pattern.ts`.
 */
export interface PillarData {
  /** Lexicons that patterns refer to as `@name`. */
  readonly lexicons: Lexicons
  /** The speaker or subject identifies itself. */
  readonly who: readonly string[]
  /** A verb of doing or offering after which a concrete object says what they do. */
  readonly offer: readonly string[]
  /** Job titles and trades that say what someone does on their own. */
  readonly trades: readonly string[]
  /** Endings of compound titles that name a trade (Dutch compounds, e.g. `bruidsfotograaf`). */
  readonly tradeSuffixes: readonly string[]
  /** Titles too vague to say what someone does, unless a domain word precedes them. */
  readonly vagueTitles: readonly string[]
  /** Words that never make a statement of what someone does concrete. */
  readonly vagueWords: readonly string[]
  /** Phrases that open an ask: who or what the speaker is looking for. */
  readonly ask: readonly string[]
  /** Phrases that look like an ask but are not (a search for solutions, a recruiter's service). */
  readonly notAsk: readonly string[]
  /** Openings of a sentence that elaborates the ask before it ("Denk aan…", "For example…"). */
  readonly askContinuation: readonly string[]
}

/** One slot of a specific ask, as patterns that find it. */
export type SlotName = 'sector' | 'role' | 'size' | 'region' | 'situation' | 'example'

export interface SlotData {
  readonly lexicons: Lexicons
  readonly patterns: Readonly<Record<Exclude<SlotName, 'example'>, readonly string[]>>
  /** Words before a capitalised name that make it a named example ("zoals", "bij", "like", "at"). */
  readonly exampleMarkers: readonly string[]
  /** Endings of Dutch compound nouns that name a type of business (`tandartspraktijk`). */
  readonly sectorSuffixes: readonly string[]
}

/** Vague-target data: phrases naming everyone as the target, with the span to report. */
export interface VagueTargetData {
  readonly lexicons: Lexicons
  readonly patterns: readonly string[]
  /** Phrases that look like a vague target but are not ("iedereen in ons team"). */
  readonly exceptions: readonly string[]
}
