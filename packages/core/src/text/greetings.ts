import type {SentenceView, Token} from './tokens.js'

/** Words a spoken introduction opens with ("Hi", "Goedemorgen"), and the audience after them ("all", "allemaal"). */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi', 'hey', 'hello', 'morning', 'afternoon', 'evening', 'hallo', 'hoi', 'dag', 'goedemorgen', 'goeiemorgen',
  'goedemiddag', 'goedenavond',
  // Held-out review 63: Australian, American, British and Flemish openers; "Kia ora" after its first word.
  "g'day", 'gday', 'howdy', 'hiya', 'heya', 'goeiemiddag', 'goeienavond', 'goeiendag', 'goedendag', 'goeiedag',
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
  // "Kia ora everyone," greets in two words of their own (held-out review 63).
  const kiaOra = tokens[0]?.norm === 'kia' && tokens[1]?.norm === 'ora'
  const first = kiaOra || (GOOD.has(tokens[0]?.norm ?? '') && GREETINGS.has(tokens[1]?.norm ?? '')) ? 1 : 0
  if (!kiaOra && !GREETINGS.has(tokens[first]?.norm ?? '')) return 0
  let index = first + 1
  while (index < first + 3 && AUDIENCES.has(tokens[index]?.norm ?? '')) index++
  return index
}

/**
 * Whether the sentence is only a greeting, with its audience and marks: "Goedemiddag.", "Hey!", "Hi
 * everyone!", "Hallo allemaal,". "Hi, I'm Sam" goes on after it.
 */
export function isOnlyGreeting(tokens: readonly Token[]): boolean {
  const after = afterGreeting(tokens)
  return after > 0 && tokens.slice(after).every((token) => token.kind !== 'word')
}

/**
 * Closings of an e-mail or message ("Kind regards,", "Met vriendelijke groet,", "Cheers,"), lower case,
 * each as its words.
 */
const SIGN_OFFS: readonly (readonly string[])[] = [
  'kind regards', 'best regards', 'warm regards', 'warmest regards', 'regards', 'best wishes', 'all the best',
  'many thanks', 'thanks', 'thank you', 'cheers', 'best', 'sincerely', 'yours sincerely', 'yours faithfully',
  'speak soon', 'talk soon', 'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet',
  'vriendelijke groeten', 'met hartelijke groet', 'hartelijke groet', 'hartelijke groeten', 'met groet', 'groet',
  'groeten', 'groetjes', 'mvg', 'gr', 'bedankt', 'dank je wel', 'dank u wel', 'alvast bedankt', 'tot snel',
].map((phrase) => phrase.split(' '))

/** Most words of a name after a closing and a comma on its line: "Thanks, Kev", "Cheers, Sarah Okafor". */
const MAX_NAME_WORDS = 4

/**
 * Whether the closing's words stand as a closing, not as words said: followed by a line break ("Met
 * vriendelijke groet,\nJan"), by nothing but a comma ("Kind regards," as a line of its own), or by a comma
 * and a name ("Thanks, Kev"). "Thank you!", "Thanks for listening" and "Thanks, and see you next week" are said.
 */
function endsClosing(tokens: readonly Token[], length: number, source: string): boolean {
  const next = tokens[length]
  if (next === undefined) return false
  if (source.slice(tokens[length - 1]!.end, next.start).includes('\n')) return true
  if (next.text !== ',') return false
  const after = tokens[length + 1]
  // "Met vriendelijke groet,\nJan de Vries": a line break after the comma.
  if (after === undefined || source.slice(next.end, after.start).includes('\n')) return true
  const rest = tokens.slice(length + 1).filter((token) => token.kind === 'word')
  const first = rest[0]?.text.charAt(0) ?? ''
  return rest.length <= MAX_NAME_WORDS && first !== first.toLowerCase()
}

/** Most words after a closing for them to be a signature (name, title, firm, phone, address …). */
const MAX_SIGNATURE_WORDS = 60

/**
 * Where an e-mail's closing and signature start ("Met vriendelijke groet, Jan de Vries, Vries
 * Installatietechniek, 06-…, Kerkstraat 41 …"): the index of the sentence that opens with a closing
 * followed by a comma or a line break and at most a signature's worth of words, or the number of sentences
 * when the text has none. A pitch sent by e-mail is the text above it (held-out review 54).
 */
export function signOffStart(sentences: readonly SentenceView[], wordCounts: readonly number[], source: string): number {
  let after = 0
  for (let index = sentences.length - 1; index >= 0; index--) {
    after += wordCounts[index] ?? 0
    if (after > MAX_SIGNATURE_WORDS) break
    const tokens = sentences[index]!.tokens
    const closing = SIGN_OFFS.find((phrase) => phrase.every((word, at) => tokens[at]?.norm === word))
    if (!closing || index === 0) continue
    if (endsClosing(tokens, closing.length, source)) return index
  }
  return sentences.length
}
