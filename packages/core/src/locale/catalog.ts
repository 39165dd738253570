import type {SlotName} from '../data/types.js'

/** Every text pitchlint shows, in one language. Keys follow the rule ids. */
export interface Catalog {
  readonly slotNames: Readonly<Record<SlotName, string>>
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
}

export function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`
}
