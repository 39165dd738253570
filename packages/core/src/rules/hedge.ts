import {englishHedges} from '../data/en/hedges.js'
import {dutchHedges} from '../data/nl/hedges.js'
import type {HedgeEntry} from '../data/types.js'
import type {Language} from '../language/detect.js'
import {rulePlugin, type Rule} from '../rule.js'
import {matchCase} from '../text/case.js'
import {RELATIVE_PRONOUNS, type Token} from '../text/tokens.js'
import {findPhrases, formsIndex, phraseIndex} from '../text/phrases.js'
import {inQuotation} from '../text/quotes.js'
import {isAllowed} from '../vocabulary.js'

const indexFor = formsIndex({nl: dutchHedges, en: englishHedges})

/**
 * Flags hedges and fillers ("eigenlijk", "een beetje", "just", "kind of"). Where deleting is safe the
 * fix removes the words and one space beside them, so the sentence stays clean; a hedge that opens a
 * sentence gets no automatic fix, because the next word would need a capital.
 */
export const hedge: Rule = {
  id: 'hedge',
  summary: {en: 'Hedges and fillers that weaken the pitch.', nl: 'Afzwakkers en stopwoorden die de pitch zwakker maken.'},
  area: 'confidence',
  defaultSeverity: 'warning',
  check({analysis, settings, file, texts, report}) {
    const source = String(file.value)
    analysis.view.sentences.forEach((sentence, index) => {
      const line = analysis.view.lines[index]!
      for (const match of findPhrases(line.wordList, indexFor(sentence.language))) {
        const first = sentence.tokens[match.start]
        const last = sentence.tokens[match.end - 1]
        if (!first || !last) continue
        if (!inHedgingPlace(match.value, sentence.tokens, match.start, match.end)) continue
        if (isAllowed(settings.vocabulary, sentence.language, source.slice(first.start, last.end))) continue
        const deletable = match.value.deletable && !opensClause(sentence.tokens, match.start, sentence.language)
        let {start} = first
        let {end} = last
        if (deletable) {
          const before = sentence.tokens[match.start - 1]
          const after = sentence.tokens[match.end]
          if (before?.text === ',' && (after === undefined || after.kind === 'punctuation')) {
            // "I fix roofs, basically." → "I fix roofs.": the comma goes with the hedge.
            start = before.start
          } else if (source.charAt(end) === ' ') {
            // Take one neighbouring space along, so deleting leaves no double space.
            end++
          } else if (source.charAt(start - 1) === ' ') {
            start--
          }
        }
        const actual = source.slice(start, end)
        // Only a hedge that opens the sentence passes its capital on ("I think we…" → "we…").
        const capitalise = (word: string) => (match.start === 0 ? matchCase(word, actual) : word)
        report({
          start,
          end,
          expected: deletable ? [''] : (match.value.replace ?? []).map(capitalise),
          reason: texts.hedge.reason(actual, deletable),
          note: texts.hedge.note,
        })
      }
    })
  },
}

/** First- and second-person words of both languages: the speaker, their business, or the listener. */
const PERSONAL = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our',
  'ours', 'you', "you're", "you've", "you'd", 'your', 'ik', 'mij', 'mijn', 'wij', 'ons', 'onze', 'jij', 'je',
  'jou', 'jouw', 'u', 'uw', 'jullie', 'ge', 'gij',
])


/** Whether the words stand where they hedge (see `onlyAfter`, `notBefore` and the others on the entry). */
function inHedgingPlace(entry: HedgeEntry, tokens: readonly Token[], start: number, end: number): boolean {
  if (entry.notInQuestion && tokens[tokens.length - 1]?.text === '?') return false
  if (entry.onlyAboutSpeaker && !aboutSpeaker(tokens, start, end)) return false
  // Its own clause only: "Ik denk dat iedereen …, dus eigenlijk is iedereen welkom" still fills.
  if (entry.notAboutOthers && personIn(tokens, start, end, true) === false) return false
  if (entry.onlyAfter && !entry.onlyAfter.includes(start === 0 ? '^' : tokens[start - 1]!.norm)) return false
  if (entry.notAfterNear && [tokens[start - 1], tokens[start - 2], tokens[start - 3]].some((token) => token !== undefined && entry.notAfterNear!.includes(token.norm))) return false
  if (inQuotation(tokens, start)) return false
  // "When I'm not shooting, I'm probably in the kitchen": an aside about free time undersells nothing.
  if (isLeisureAside(tokens, start)) return false
  // "Ik spreek een beetje Nederlands", "My Dutch is a bit basic": a language level, which deleting makes false.
  if (isLanguageLevel(tokens, start, end)) return false
  const next = tokens[end]
  if (entry.afterRelativeOnlyBefore && RELATIVE_PRONOUNS.has(tokens[start - 1]?.norm ?? '') && !entry.afterRelativeOnlyBefore.includes(next?.norm ?? '')) return false
  if (entry.onlyBefore && !entry.onlyBefore.includes(next === undefined ? '$' : next.norm)) return false
  return !(entry.notBefore && next !== undefined && (entry.notBefore.includes(next.norm) || (entry.notBefore.includes('#') && /^\d/.test(next.norm))))
}

/**
 * Subjects and relative pronouns that make a clause about someone else: "plenty just want to jam". Nouns
 * are left out, since they are as often objects ("ik zoek klanten en misschien kan ik …").
 */
const OTHERS = new Set([
  'he', 'she', 'they', 'it', "he's", "she's", "they're", "it's", 'his', 'her', 'their', 'who', "who's", 'which',
  'that', 'plenty', 'most', 'many', 'some', 'others', 'hij', 'zij', 'ze', 'hun', 'haar', 'die', 'dat', 'velen',
  'anderen', 'sommigen', 'meeste', 'veel',
])
const POSSESSIVES = new Set(['my', 'our', 'your', 'mijn', 'onze', 'ons', 'jouw', 'uw', 'je'])
/** People a speaker or listener serves or has: their clients, pupils, accountant (not their team, which is them). */
const PEOPLE = new Set([
  'clients', 'client', 'customers', 'customer', 'students', 'student', 'pupils', 'patients', 'patient', 'members',
  'participants', 'users', 'readers', 'followers', 'kids', 'children', 'parents', 'accountant', 'audience',
  'guests', 'visitors', 'buyers', 'tenants', 'clienten', 'cliënten', 'cliënt', 'klanten', 'klant', 'studenten',
  'leerlingen', 'patiënten', 'patienten', 'leden', 'deelnemers', 'gebruikers', 'lezers', 'volgers', 'kinderen',
  'ouders', 'gasten', 'bezoekers', 'kopers', 'huurders', 'boekhouder',
])
/** Verbs right after a plural noun that opens a sentence about others: "Ouders zijn …", "Founders are …". */
const PLURAL_SUBJECT_VERBS = new Set(['zijn', 'are', 'hebben', 'have', 'willen', 'want', 'voelen', 'feel', 'worden', 'get', 'raken', 'lopen', 'weten', 'know'])
/** Marks that end what a hedge can be about. */
const CLAUSE_BREAK = /^[;:.!?()–—]$/

/**
 * Whether the hedge is about the speaker or the listener. Its own clause decides first (up to a comma):
 * the nearest person word before it ("I", "we", "you" and their forms: yes; "they", "plenty", "who",
 * "die": no), else one after it. If that clause has neither, the search goes on past commas, never past
 * a colon or semicolon. So "We're a bit different" and "…, denk dan misschien aan mij" are about the
 * speaker; "a neighbour who's going a bit stir-crazy", "plenty just want to jam" and "Wat misschien
 * minder bekend is:" are not; "I draw maps and signs, maybe a mural" is.
 */
function aboutSpeaker(tokens: readonly Token[], start: number, end: number): boolean {
  return personIn(tokens, start, end, true) ?? personIn(tokens, start, end, false) ?? false
}

/** The verdict of the nearest person word around the hedge, within its clause or (`ownClause` false) sentence part. */
function personIn(tokens: readonly Token[], start: number, end: number, ownClause: boolean): boolean | undefined {
  const stops = (token: Token) => token.kind === 'punctuation' && (CLAUSE_BREAK.test(token.text) || (ownClause && token.text === ','))
  // A form that holds its own subject ("we're kind of", "I'm just") is about the speaker.
  for (let index = start; index < end; index++) if (PERSONAL.has(tokens[index]!.norm)) return true
  for (let index = start - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (stops(token)) break
    // "my clients", "onze deelnemers", "your accountant": people of the speaker or listener, not themselves.
    if (POSSESSIVES.has(token.norm) && index + 1 < start && PEOPLE.has(tokens[index + 1]!.norm)) return false
    if (PERSONAL.has(token.norm)) return true
    if (OTHERS.has(token.norm)) return false
    // "Ouders zijn eigenlijk gewoon moe": a plural noun opening the sentence as its subject.
    if (index === 0 && token.kind === 'word' && PLURAL_SUBJECT_VERBS.has(tokens[1]?.norm ?? '') && /(?:s|en|ers)$/.test(token.norm)) return false
  }
  for (let index = end; index < tokens.length; index++) {
    const token = tokens[index]!
    if (stops(token)) break
    if (PERSONAL.has(token.norm)) return true
  }
  return undefined
}

const LEISURE_OPENERS = phraseIndex(
  [
    "when i'm not", 'when i am not', "when i'm off", 'als ik niet', 'in my spare time', 'in my free time', 'in mijn vrije tijd',
    'outside work', 'outside of work', 'buiten het werk', 'buiten werktijd', 'on weekends', 'at weekends', 'in het weekend',
  ].map((phrase) => [phrase, true] as const),
)

/** A free-time opener before the hedge ("Eigenlijk ben ik er in mijn vrije tijd mee begonnen" still hedges). */
function isLeisureAside(tokens: readonly Token[], start: number): boolean {
  return findPhrases(tokens.slice(0, start).map((token) => token.norm), LEISURE_OPENERS).length > 0
}

const LANGUAGES = new Set([
  'nederlands', 'engels', 'duits', 'frans', 'spaans', 'portugees', 'italiaans', 'arabisch', 'turks', 'pools',
  'dutch', 'english', 'german', 'french', 'spanish', 'portuguese', 'italian', 'arabic', 'turkish', 'polish',
])
const SPEAK = new Set(['speak', 'speaks', 'spreek', 'spreekt', 'spreken', 'understand', 'versta', 'verstaat'])

/** A degree word beside a language or "speak": "een beetje Nederlands", "My Dutch is a bit basic", "I speak a little German". */
function isLanguageLevel(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = Math.max(0, start - 3); index < Math.min(tokens.length, end + 2); index++) {
    const word = tokens[index]!.norm
    // The language after the hedge ("een beetje Nederlands"), or as "my Dutch" before it; "a Dutch thing" is no language.
    if (LANGUAGES.has(word) && (index >= end || POSSESSIVES.has(tokens[index - 1]?.norm ?? ''))) return true
    if (index < start && SPEAK.has(word)) return true
  }
  return false
}

/** Words after which a Dutch main clause starts again ("…, en eigenlijk is iedereen…"). */
const DUTCH_CLAUSE_OPENERS = new Set(['en', 'maar', 'want', 'dus', 'of', ',', ';', ':', '-', '–'])

/**
 * A hedge that opens a sentence needs the next word capitalised; in Dutch a hedge that opens a clause
 * carries the verb after it (verb-second), so deleting it would leave the verb first. Neither is safe.
 */
function opensClause(tokens: readonly Token[], index: number, language: Language): boolean {
  // Only opening marks before it ("(Basically we …", "\"Eigenlijk ben ik …"): it still opens the sentence.
  if (tokens.slice(0, index).every((token) => token.kind === 'punctuation')) return true
  return language === 'nl' && DUTCH_CLAUSE_OPENERS.has(tokens[index - 1]!.norm)
}

export const retextHedge = rulePlugin(hedge)
