import type {Language} from './language/detect.js'

/**
 * The user's own words: `allow` is never flagged (product names, trade terms), `deny` adds jargon with
 * plain replacements. Either is one list for both languages or an object per language.
 */
export type AllowOption = readonly string[] | Readonly<Partial<Record<Language, readonly string[]>>>
export type DenyOption =
  | Readonly<Record<string, readonly string[]>>
  | Readonly<Partial<Record<Language, Readonly<Record<string, readonly string[]>>>>>

export interface Vocabulary {
  /** Lower-case allowed words and phrases per language. */
  readonly allow: Readonly<Record<Language, ReadonlySet<string>>>
  /** Lower-case denied phrase → replacements, per language. */
  readonly deny: Readonly<Record<Language, ReadonlyMap<string, readonly string[]>>>
}

const LANGUAGES: readonly Language[] = ['nl', 'en']

export function vocabulary(allow: AllowOption = [], deny: DenyOption = {}): Vocabulary {
  const allowed = {nl: new Set<string>(), en: new Set<string>()}
  for (const language of LANGUAGES) {
    const words = Array.isArray(allow) ? allow : ((allow as Partial<Record<Language, readonly string[]>>)[language] ?? [])
    for (const word of words) allowed[language].add(normalizePhrase(word))
  }
  const denied = {nl: new Map<string, readonly string[]>(), en: new Map<string, readonly string[]>()}
  const perLanguage = isPerLanguage(deny)
  for (const language of LANGUAGES) {
    const entries = perLanguage
      ? ((deny as Partial<Record<Language, Record<string, readonly string[]>>>)[language] ?? {})
      : (deny as Record<string, readonly string[]>)
    for (const [phrase, replacements] of Object.entries(entries)) {
      denied[language].set(normalizePhrase(phrase), [...replacements])
    }
  }
  return {allow: allowed, deny: denied}
}

const NONE: AllowOption = []
const NO_DENY: DenyOption = {}
const cached = new WeakMap<object, WeakMap<object, Vocabulary>>()

/**
 * `vocabulary()` for the same option objects returns the same Vocabulary, so what rules derive from it
 * (indexes of denied phrases) is built once per config rather than once per text.
 */
export function sharedVocabulary(allow: AllowOption = NONE, deny: DenyOption = NO_DENY): Vocabulary {
  let byDeny = cached.get(allow)
  if (!byDeny) cached.set(allow, (byDeny = new WeakMap()))
  let result = byDeny.get(deny)
  if (!result) byDeny.set(deny, (result = vocabulary(allow, deny)))
  return result
}

function isPerLanguage(deny: DenyOption): boolean {
  const keys = Object.keys(deny)
  return keys.length > 0 && keys.every((key) => (key === 'nl' || key === 'en') && !Array.isArray((deny as Record<string, unknown>)[key]))
}

export function normalizePhrase(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim().replace(/\s+/g, ' ')
}

/**
 * True when the flagged text is on the allow list as a whole: allowing "order" must not let
 * "in order to" through.
 */
export function isAllowed(vocabulary: Vocabulary, language: Language, actual: string): boolean {
  const allowed = vocabulary.allow[language]
  return allowed.size > 0 && allowed.has(normalizePhrase(actual))
}
