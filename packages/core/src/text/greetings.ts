import type {Token} from './tokens.js'

/** Words a spoken introduction opens with ("Hi", "Goedemorgen"), and the audience after them ("all", "allemaal"). */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi', 'hey', 'hello', 'morning', 'afternoon', 'evening', 'hallo', 'hoi', 'dag', 'goedemorgen', 'goeiemorgen',
  'goedemiddag', 'goedenavond',
])
const GOOD: ReadonlySet<string> = new Set(['good', 'goede', 'goeie'])
export const AUDIENCES: ReadonlySet<string> = new Set([
  'all', 'everyone', 'everybody', 'folks', 'guys', 'team', 'there', 'allemaal', 'iedereen', 'allen', 'good',
])

/**
 * Where the sentence goes on after an opening greeting and its audience ("Hi everyone", "Goedemorgen
 * allemaal"): the index of the token after them, or 0 when the sentence opens with no greeting.
 */
export function afterGreeting(tokens: readonly Token[]): number {
  // "Good morning all," and "Goede morgen," open with an adjective before the greeting word.
  const first = GOOD.has(tokens[0]?.norm ?? '') && GREETINGS.has(tokens[1]?.norm ?? '') ? 1 : 0
  if (!GREETINGS.has(tokens[first]?.norm ?? '')) return 0
  let index = first + 1
  while (index < first + 3 && AUDIENCES.has(tokens[index]?.norm ?? '')) index++
  return index
}
