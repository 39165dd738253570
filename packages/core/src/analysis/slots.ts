import type {SlotName} from '../data/types.js'
import {functionWords, nonPlaces, places, type LanguagePack} from '../language/pack.js'
import {matchPattern, tokenLine} from '../text/pattern.js'
import {isCapitalised, type Token} from '../text/tokens.js'

const SLOT_ORDER: readonly SlotName[] = ['sector', 'role', 'size', 'region', 'situation', 'example']

/** Words before a capitalised name that place it ("in Utrecht", "rond Gent", "near Leeds"). */
const REGION_MARKERS = new Set([
  'in', 'rond', 'rondom', 'omgeving', 'regio', 'uit', 'nabij', 'buurt', 'around', 'near', 'across', 'based',
  'throughout', 'provincie', 'county', 'area',
])

/** The specificity slots an ask names, in a fixed order. */
export function findSlots(tokens: readonly Token[], startsSentence: boolean, pack: LanguagePack): SlotName[] {
  const found = new Set<SlotName>()
  const line = tokenLine(tokens)
  for (const slot of ['sector', 'role', 'size', 'region', 'situation'] as const) {
    if (pack.slots[slot].some((pattern) => matchPattern(line, pattern).length > 0)) found.add(slot)
  }
  if (!found.has('sector') && tokens.some((token) => isSectorCompound(token.norm, pack))) found.add('sector')
  findNames(tokens, startsSentence, pack, found)
  return SLOT_ORDER.filter((slot) => found.has(slot))
}

/** Dutch compounds such as `tandartspraktijken` or `installatiebedrijf`: a head noun with a real prefix. */
function isSectorCompound(word: string, pack: LanguagePack): boolean {
  for (const suffix of pack.sectorSuffixes) {
    if (word.length >= suffix.length + 3 && word.endsWith(suffix)) {
      const head = word.slice(0, word.length - suffix.length).replace(/[-s]$/, '')
      if (head.length >= 3 && !GENERIC_HEADS.has(head) && !pack.vagueWords.has(head)) return true
    }
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
    const two = index + 1 < tokens.length ? `${token.norm} ${tokens[index + 1]!.norm}` : ''
    if (places.has(token.norm) || (two && places.has(two))) {
      if (isCapitalised(token) || token.norm.startsWith("'s-")) {
        found.add('region')
        continue
      }
    }
    const atStart = index === 0 && startsSentence
    if (atStart || !isName(token, pack)) continue
    const previous = tokens[index - 1]
    if (previous && REGION_MARKERS.has(previous.norm)) found.add('region')
    else if (previous && pack.exampleMarkers.has(previous.norm)) found.add('example')
    else if (tokens[index + 1] && isName(tokens[index + 1]!, pack)) found.add('example')
    else if (/\.(?:nl|be|com|io|org|eu)$/.test(token.norm)) found.add('example')
  }
}

function isName(token: Token, pack: LanguagePack): boolean {
  if (!isCapitalised(token)) return false
  const word = token.norm
  if (functionWords.has(word) || nonPlaces.has(word) || pack.slotWords.has(word)) return false
  // All-caps words are acronyms (HR, ICT), not names.
  return token.text.length > 1 && token.text !== token.text.toUpperCase()
}
