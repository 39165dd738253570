import type {SlotName} from '../data/types.js'
import type {ProfileId} from '../profiles.js'

/** Every text pitchlint shows, in one language. Keys follow the rule ids. */
export interface Catalog {
  readonly slotNames: Readonly<Record<SlotName, string>>
  /** Profile names as they read in a sentence. */
  readonly profileNames: Readonly<Record<ProfileId, string>>
  /** Join a list for a sentence: "a, b and c". */
  readonly list: (items: readonly string[], conjunction?: 'and' | 'or') => string
  readonly missingWho: {readonly reason: string; readonly note: string}
  readonly missingWhat: {readonly reason: string; readonly note: string}
  readonly missingAsk: {readonly reason: string; readonly note: string}
  readonly unspecificAsk: {
    readonly reason: (found: readonly string[], missing: readonly string[], needed: number) => string
    readonly note: string
  }
  readonly vagueTarget: {readonly reason: (actual: string) => string; readonly note: string}
  readonly jargon: {
    readonly reason: (actual: string, expected: readonly string[]) => string
    readonly note: (advice: string | undefined) => string
  }
  readonly unexplainedAcronym: {readonly reason: (acronym: string) => string; readonly note: (acronym: string) => string}
  readonly hardSentence: {
    readonly reason: (words: number, limit: number, hard: boolean) => string
    readonly note: string
  }
  readonly hedge: {readonly reason: (actual: string, deletable: boolean) => string; readonly note: string}
  readonly tooLong: {
    readonly reason: (amount: number, budget: number, unit: 'seconds' | 'words', profile: string) => string
    readonly note: (cut: number) => string
  }
  readonly missingProof: {readonly reason: string; readonly note: string}
  readonly controlComment: {
    readonly reason: (id: string) => string
    readonly note: (known: readonly string[]) => string
    readonly unused: string
    readonly unusedNote: string
  }
  /** Markdown too deeply nested (or one paragraph too long) to parse safely, linted as plain text. */
  readonly markdownFallback: {
    readonly reason: string
    readonly note: string
  }
}

export function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`
}
