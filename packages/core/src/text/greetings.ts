import type {Token} from './tokens.js'

/** Words a spoken introduction opens with ("Hi", "Goedemorgen"), and the audience after them ("all", "allemaal"). */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi', 'hey', 'hello', 'morning', 'afternoon', 'evening', 'hallo', 'hoi', 'dag', 'goedemorgen', 'goeiemorgen',
  'goedemiddag', 'goedenavond',
])
export const AUDIENCES: ReadonlySet<string> = new Set([
  'all', 'everyone', 'everybody', 'folks', 'guys', 'team', 'there', 'allemaal', 'iedereen', 'allen', 'good',
])

/**
 * Where the sentence goes on after an opening greeting and its audience ("Hi everyone", "Goedemorgen
 * allemaal"): the index of the token after them, or 0 when the sentence opens with no greeting.
 */
export function afterGreeting(tokens: readonly Token[]): number {
  if (!GREETINGS.has(tokens[0]?.norm ?? '')) return 0
  let index = 1
  while (index < 3 && AUDIENCES.has(tokens[index]?.norm ?? '')) index++
  return index
}
