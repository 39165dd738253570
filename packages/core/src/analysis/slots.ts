import type {SlotName} from '../data/types.js'
import {functionWords, languagePack, nonPlaces, places, type LanguagePack} from '../language/pack.js'
import {matchesAny, matchSet, type TokenLine} from '../text/pattern.js'
import {endingsOf} from '../text/suffixes.js'
import {isCapitalised, type Token} from '../text/tokens.js'

export const SLOT_ORDER: readonly SlotName[] = ['sector', 'role', 'size', 'region', 'situation', 'example']

/** Words before a capitalised name that place it ("in Utrecht", "rond Gent", "near Leeds"). */
const REGION_MARKERS = new Set([
  'in', 'rond', 'rondom', 'omgeving', 'regio', 'uit', 'nabij', 'buurt', 'around', 'near', 'across', 'based',
  'throughout', 'provincie', 'county', 'area', 'north', 'south', 'east', 'west', 'central', 'greater', 'noord',
  // "a tradie between Caloundra and Noosa", "tussen Roeselare en Kortrijk" (held-out review 53).
  'between', 'tussen',
  'zuid', 'oost', 'midden',
])

const NOT_OWN = () => false
const ARTICLES = new Set(['the', 'de', 'het'])
const PRONOUNS = new Set(['u', 'je', 'jij', 'jullie', 'ge', 'gij', 'ik', 'wij', 'we', 'you', 'i', 'they', 'he', 'she'])

/**
 * The specificity slots an ask names, in a fixed order; `line` is the tokens' line for patterns.
 * `isOwnTrade` tells the speaker's own trade words: "anyone who needs a photographer" from a
 * photographer names no sector of the people sought.
 */
export function findSlots(
  tokens: readonly Token[],
  line: TokenLine,
  startsSentence: boolean,
  pack: LanguagePack,
  isOwnTrade: (word: string) => boolean = NOT_OWN,
): SlotName[] {
  const found = new Set<SlotName>()
  // A sector phrase of several words is never only the speaker's trade; one word may be.
  const namesOthers = (match: {start: number; end: number}) => match.end - match.start > 1 || !isOwnTrade(tokens[match.start]!.norm)
  if (matchSet(line, pack.slots.sector).some(namesOthers)) found.add('sector')
  for (const slot of ['role', 'size', 'region', 'situation'] as const) {
    if (matchesAny(line, pack.slots[slot])) found.add(slot)
  }
  const namesOtherSector = (index: number) => namesSector(tokens, index, pack) && !isOwnTrade(tokens[index]!.norm)
  if (!found.has('sector') && tokens.some((_token, index) => namesOtherSector(index))) found.add('sector')
  if (!found.has('role') && tokens.some((token, index) => ROLE_ENDINGS.test(token.norm) || hasRoleHead(token, pack) || isSpecialist(tokens, index, pack))) found.add('role')
  if (!found.has('role') && namesField(tokens, pack)) found.add('role')
  // Dutch asks borrow English titles: "angel investors", "een Head of HR", "een VP Sales" (held-out review 58).
  if (!found.has('role') && pack.language === 'nl' && namesEnglishRole(line)) found.add('role')
  if (!found.has('situation') && describesSituation(tokens, pack)) found.add('situation')
  findNames(tokens, startsSentence, pack, found)
  return SLOT_ORDER.filter((slot) => found.has(slot))
}

/** English role words that are also Dutch words with another meaning ("leads" are sales leads). */
const NOT_ROLES_IN_DUTCH = new Set(['lead', 'leads', 'partner', 'partners', 'team', 'teams', 'man'])

function namesEnglishRole(line: TokenLine): boolean {
  return matchSet(line, languagePack('en').slots.role).some(
    (match) => match.end - match.start > 1 || !NOT_ROLES_IN_DUTCH.has(line.wordList[match.start]!),
  )
}

/**
 * A role after a hyphen: "lead-investeerder", "collega-vroedvrouw" (a trade sought is a role too), "HR-directeur".
 */
function hasRoleHead(token: Token, pack: LanguagePack): boolean {
  const hyphen = token.norm.lastIndexOf('-')
  if (hyphen < 2 || hyphen === token.norm.length - 1) return false
  const head = token.norm.slice(hyphen + 1)
  return pack.roleWords.has(head) || pack.trades.has(head)
}

/** English heads that a field before them makes a role: "immigration advisers", "relocation agents", "claims handlers". */
const SPECIALIST_HEADS = new Set(['adviser', 'advisers', 'advisor', 'advisors', 'agent', 'agents', 'handler', 'handlers'])

/**
 * A specialist named by a field and a general head (held-out review 68), unless the pair is a sector of its
 * own ("letting agents", "financial advisers"), which names one detail, not two.
 */
function isSpecialist(tokens: readonly Token[], index: number, pack: LanguagePack): boolean {
  if (!SPECIALIST_HEADS.has(tokens[index]!.norm)) return false
  const field = tokens[index - 1]
  if (field === undefined || field.kind !== 'word' || functionWords.has(field.norm) || pack.vagueWords.has(field.norm)) return false
  return !pack.sectorWords.has(`${field.norm} ${tokens[index]!.norm}`)
}

/** Words for work sought by the speaker: a job seeker or freelancer names a field after them. */
export const WORK_SOUGHT: ReadonlySet<string> = new Set([
  'job', 'jobs', 'internship', 'internships', 'externship', 'externships', 'position', 'placement', 'traineeship', 'apprenticeship', 'role',
  'contract', 'assignment', 'baan', 'stage', 'stageplek', 'functie', 'werkplek', 'leerplek', 'opdracht',
  'opdrachten', 'traineeship', 'vacature', 'werkervaringsplek',
])
const FIELD_MARKERS = new Set(['in', 'as', 'als', 'bij', 'at'])

/**
 * "a summer internship in mobile development", "een opdracht als UX-designer": the field of the work
 * sought is what a listener needs to think of an employer. A lower-case word after "in", "as" or "als"
 * near a word for work, not a place.
 */
function namesField(tokens: readonly Token[], pack: LanguagePack): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (!WORK_SOUGHT.has(tokens[index]!.norm)) continue
    for (let next = index + 1; next < tokens.length && next <= index + 6; next++) {
      const token = tokens[next]!
      if (token.kind === 'punctuation' && /[.!?;]/.test(token.text)) break
      if (!FIELD_MARKERS.has(token.norm)) continue
      const field = tokens[next + 1]
      if (field && field.kind === 'word' && (!isCapitalised(field) || field.text.includes('-')) && !places.has(field.norm) && !functionWords.has(field.norm) && !pack.vagueWords.has(field.norm)) return true
    }
  }
  return false
}

/** Dutch compound titles that name a position: `exportmanager`, `praktijkeigenaar`, `sportschoolhouder`, `afdelingshoofd`. */
const ROLE_ENDINGS = /^[\p{L}-]{3,}(?:manager|managers|directeur|directeuren|eigenaar|eigenaren|houder|houders|beheerder|beheerders|uitbater|uitbaters|hoofd|leider|leiders|coördinator|officer|officers|verantwoordelijke|verantwoordelijken|medewerker|medewerkers|adviseur|adviseurs|makelaar|makelaars|jurist|juristen|tussenpersoon|tussenpersonen)$/u

/** An occupation (a trade word, singular or plural) or a type of business. */
function namesSector(tokens: readonly Token[], index: number, pack: LanguagePack): boolean {
  const token = tokens[index]!
  if (token.kind !== 'word') return false
  const word = token.norm
  if (tradeForms(word).some((form) => pack.trades.has(form))) return true
  const previous = tokens[index - 1]
  // The singular of a sector written in the plural: "a theatre", "a care home", "een uitgeverij" (held-out reviews 60, 64).
  if (word.length >= MIN_INFLECTED_LENGTH && (hasPlural(pack.sectorWords, word, '') || (previous !== undefined && hasPlural(pack.sectorWords, word, `${previous.norm} `)))) return true
  if (previous && firstWordsOf(pack.trades).has(previous.norm)) {
    if (pack.trades.has(`${previous.norm} ${word.replace(/s$/, '')}`)) return true
  }
  return isSectorCompound(word, pack)
}

/**
 * The word and the singular or masculine forms a trade word may stand for: plurals and feminine forms,
 * "dentists", "coaches", "tandartsen", "loodgieters", "mondhygiëniste".
 */
export function tradeForms(word: string): string[] {
  const forms = [word]
  if (word.length < MIN_INFLECTED_LENGTH) return forms
  if (word.endsWith('s') || word.endsWith('e')) forms.push(word.slice(0, -1))
  if (word.endsWith('es') || word.endsWith('en')) forms.push(word.slice(0, -2))
  // Dutch -e words take -n: "verloskundigen", "kraamverzorgenden" (held-out review 61).
  if (word.endsWith('en')) forms.push(word.slice(0, -1))
  // English -f words: "midwives", "chefs" aside ("wolves" → "wolf", "midwives" → "midwife").
  if (word.endsWith('ves')) forms.push(`${word.slice(0, -3)}fe`, `${word.slice(0, -3)}f`)
  // Dutch plurals that shorten a long vowel: "advocaten" → "advocaat", "piloten" → "piloot".
  const shortened = /^(.{2,}[^aeiou])([aeou])([^aeiou])en$/.exec(word)
  if (shortened) forms.push(`${shortened[1]}${shortened[2]}${shortened[2]}${shortened[3]}`)
  return forms
}

/** Whether the set holds an English or Dutch plural of the word after `prefix`: "theatres", "galleries", "uitgeverijen", "podia". */
function hasPlural(set: ReadonlySet<string>, word: string, prefix: string): boolean {
  const stem = prefix + word
  if (set.has(`${stem}s`) || set.has(`${stem}es`) || set.has(`${stem}en`)) return true
  if (/[^aeiou]y$/.test(word) && set.has(`${stem.slice(0, -1)}ies`)) return true
  return word.endsWith('um') && set.has(`${stem.slice(0, -2)}a`)
}

/** Shorter words are not taken for an inflected trade ("arts" stays "arts"). */
const MIN_INFLECTED_LENGTH = 4

/** Words that open a clause about the people sought ("die net verhuisd zijn", "whose cleaner…"). */
const CLAUSE_OPENERS = new Set(['die', 'dat', 'wie', 'waarvan', 'wiens', 'who', 'that', 'whose', 'which', 'where', 'waar'])
/** A clause with this many concrete words describes a situation, not a bare need ("die een website nodig heeft"). */
const SITUATION_WORDS = 2

/** English people words a participle clause can follow: "someone planning a team dinner". */
const PARTICIPLE_HEADS = new Set(['someone', 'anyone', 'somebody', 'anybody', 'people', 'owners', 'owner', 'couples', 'couple', 'family', 'families', 'parents', 'businesses', 'companies', 'firms', 'teams', 'professionals'])
/** -ing words that say nothing about a situation: a need, a wish, or "growing" in general. */
const EMPTY_PARTICIPLES = new Set(['looking', 'needing', 'wanting', 'seeking', 'thinking', 'trying', 'willing', 'growing', 'working', 'doing', 'getting', 'struggling'])

/** "die net verhuisd is", "who has just hired", or "someone planning a birthday dinner": a clause with concrete words. */
function describesSituation(tokens: readonly Token[], pack: LanguagePack): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (!opensClause(tokens, index)) continue
    let concrete = 0
    for (let next = index + 1; next < tokens.length; next++) {
      const token = tokens[next]!
      if (token.kind === 'punctuation' && /[.!?;]/.test(token.text)) break
      if (isConcreteWord(token, pack)) concrete++
    }
    if (concrete >= SITUATION_WORDS) return true
  }
  return false
}

function opensClause(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.norm
  if (CLAUSE_OPENERS.has(word)) return true
  // The participle itself counts as one of the clause's concrete words, so the opener is the word before it.
  const next = tokens[index + 1]?.norm
  return PARTICIPLE_HEADS.has(word) && next !== undefined && next.length > 5 && next.endsWith('ing') && !EMPTY_PARTICIPLES.has(next)
}

function isConcreteWord(token: Token, pack: LanguagePack): boolean {
  if (token.kind !== 'word' || token.norm.length < 3 || /\d/.test(token.norm)) return false
  return !functionWords.has(token.norm) && !pack.vagueWords.has(token.norm) && !NEED_WORDS.has(token.norm)
}

const NEED_WORDS = new Set([
  'nodig', 'heeft', 'hebben', 'wil', 'willen', 'wilt', 'zoekt', 'zoeken', 'gebruiken', 'kan', 'kunnen',
  'needs', 'need', 'wants', 'want', 'looking', 'could', 'use', 'would', 'like', 'interested', 'welcome', 'welkom',
  // Attitudes, not situations: "die openstaan voor een frisse blik", "who are passionate about growth".
  'openstaan', 'openstaat', 'staan', 'staat', 'frisse', 'fris', 'blik', 'houden', 'houdt', 'geloven', 'gelooft',
  'passie', 'graag', 'ambitieus', 'ambitieuze', 'gedreven', 'open', 'believe', 'believes', 'care', 'cares',
  'love', 'loves', 'passionate', 'fresh', 'value', 'values', 'ready', 'ambitious', 'driven', 'eager',
])

/** Dutch compounds such as `tandartspraktijken` or `installatiebedrijf`: a head noun with a real prefix. */
export function isSectorCompound(word: string, pack: LanguagePack): boolean {
  if (compoundWithSuffix(word, pack)) return true
  // Dutch diminutives: "schildersbedrijfje", "fietsenwinkeltje", "kapsalonnetje".
  const stem = pack.language === 'nl' ? diminutiveStem(word) : undefined
  return stem !== undefined && compoundWithSuffix(stem, pack)
}

function diminutiveStem(word: string): string | undefined {
  if (word.length < 8 || !word.endsWith('je')) return undefined
  const doubled = /(\p{L})\1etje$/u.exec(word)
  if (doubled) return word.slice(0, doubled.index + 1)
  if (word.endsWith('tje') || word.endsWith('pje')) return word.slice(0, -3)
  return word.slice(0, -2)
}

function compoundWithSuffix(word: string, pack: LanguagePack): boolean {
  for (const suffix of endingsOf(word, pack.sectorSuffixes, 3)) {
    const head = word.slice(0, word.length - suffix.length).replace(/[-s]$/, '')
    if (head.length >= 3 && !GENERIC_HEADS.has(head) && !pack.vagueWords.has(head)) return true
  }
  return false
}

const GENERIC_HEADS = new Set([
  'familie', 'klein', 'kleine', 'groot', 'grote', 'middelgroot', 'middel', 'eigen', 'ander', 'andere', 'mkb',
  'top', 'nieuw', 'super', 'mega', 'multi', 'zzp', 'kmo', 'start', 'scale', 'lokale', 'lokaal', 'mooi',
])

/** Place names give the region slot; other names (companies, people) give the example slot. */
function findNames(tokens: readonly Token[], startsSentence: boolean, pack: LanguagePack, found: Set<SlotName>) {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const next = tokens[index + 1]
    const startsPlace = next !== undefined && firstWordsOf(places).has(token.norm)
    // A district or part after a hyphen keeps its town: "Veenendaal-West", "Rotterdam-Zuid".
    const town = token.norm.includes('-') ? token.norm.slice(0, token.norm.indexOf('-')) : undefined
    // A question opening with a verb that is also a place: "Kent u zo'n bedrijf?".
    const verbFirst = index === 0 && startsSentence && next !== undefined && PRONOUNS.has(next.norm)
    if (!verbFirst && (places.has(token.norm) || (town !== undefined && places.has(town)) || (startsPlace && places.has(`${token.norm} ${next.norm}`)))) {
      // A chat typed in lower case names its places in lower case too, after "in", "rond", "near" … ("wie kent
      // een bedrijf in zwolle", "letting agents in leeds": held-out review 54); elsewhere a lower-case place
      // name is more often a word ("in reading", "in bath").
      const lowerCasePlace = () => REGION_MARKERS.has(tokens[index - 1]?.norm ?? '') && typedInLowerCase(tokens)
      if (isCapitalised(token) || token.norm.startsWith("'s-") || lowerCasePlace()) {
        found.add('region')
        continue
      }
    }
    const atStart = index === 0 && startsSentence
    if (atStart || !isName(token, pack)) continue
    // "in the Cotswolds", "in de Achterhoek": an article may stand between the marker and the name.
    const article = tokens[index - 1] !== undefined && ARTICLES.has(tokens[index - 1]!.norm)
    const previous = article ? tokens[index - 2] : tokens[index - 1]
    if (previous && REGION_MARKERS.has(previous.norm)) found.add('region')
    else if (previous && pack.exampleMarkers.has(previous.norm)) found.add('example')
    else if (tokens[index + 1] && isName(tokens[index + 1]!, pack)) found.add('example')
    else if (/\.(?:nl|be|com|io|org|eu)$/.test(token.norm)) found.add('example')
  }
}

/** Words a writer who types in lower case may still capitalise: the first word and "I". */
const ALWAYS_CAPITALISED = new Set(['i', "i'm", "i've", "i'd", "i'll"])

/** No capital after the first word, bar "I": a chat typed in lower case. */
function typedInLowerCase(tokens: readonly Token[]): boolean {
  return tokens.every((token, index) => index === 0 || !isCapitalised(token) || ALWAYS_CAPITALISED.has(token.norm))
}

const firstWords = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()

/** First words of a list's multi-word entries: only those can start a two-word entry, so other words skip building the pair. */
function firstWordsOf(list: ReadonlySet<string>): ReadonlySet<string> {
  let heads = firstWords.get(list)
  if (!heads) {
    heads = new Set([...list].filter((entry) => entry.includes(' ')).map((entry) => entry.split(' ')[0]!))
    firstWords.set(list, heads)
  }
  return heads
}

function isName(token: Token, pack: LanguagePack): boolean {
  if (!isCapitalised(token)) return false
  const word = token.norm
  if (functionWords.has(word) || nonPlaces.has(word) || pack.slotWords.has(word)) return false
  // A letter before a hyphen is a grade or a kind, not a name: "C-level", "C-suite", "A-merk".
  if (/^\p{Lu}-/u.test(token.text)) return false
  // All-caps words are acronyms (HR, ICT), not names.
  return token.text.length > 1 && token.text !== token.text.toUpperCase()
}
