import {languagePack, places} from '../language/pack.js'
import type {DocumentView} from '../text/document.js'
import {matchSet, type PatternMatch} from '../text/pattern.js'
import {isCapitalised, type Token} from '../text/tokens.js'

/** A phrase that names everyone as the target audience. */
export interface VagueTargetSpan {
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly pattern: string
}

export function findVagueTargets(view: DocumentView): VagueTargetSpan[] {
  const spans: VagueTargetSpan[] = []
  view.sentences.forEach((sentence, index) => {
    const line = view.lines[index]
    if (!line) return
    const pack = languagePack(sentence.language)
    const matches: PatternMatch[] = []
    let exceptions: readonly PatternMatch[] | undefined
    for (const match of matchSet(line, pack.vagueTarget)) {
      exceptions ??= matchSet(line, pack.vagueTargetExceptions)
      if (exceptions.some((exception) => overlaps(exception, match))) continue
      if (boundedByPlace(sentence.tokens, match.end)) continue
      // Keep the widest of overlapping matches, so one phrase gives one finding.
      const overlapping = matches.findIndex((other) => overlaps(other, match))
      if (overlapping === -1) matches.push(match)
      else if (width(match) > width(matches[overlapping]!)) matches[overlapping] = match
    }
    for (const match of matches) {
      const first = sentence.tokens[match.start]
      const last = sentence.tokens[match.end - 1]
      if (first && last) spans.push({start: first.start, end: last.end, sentence: index, pattern: match.pattern})
    }
  })
  return spans.sort((a, b) => a.start - b.start)
}

/** Words that put a place after "everyone": "voor iedereen in Deventer-Oost", "everyone across Leeds". */
const PLACE_PREPOSITIONS = new Set(['in', 'uit', 'rond', 'rondom', 'from', 'around', 'across', 'near', 'throughout'])

/**
 * "Het wijkteam is er voor iedereen in Deventer-Oost": everyone in a named place is whom a local
 * service is for, not a sales target of everyone.
 */
function boundedByPlace(tokens: readonly Token[], end: number): boolean {
  if (!PLACE_PREPOSITIONS.has(tokens[end]?.norm ?? '')) return false
  const place = tokens[end + 1]
  if (place === undefined || place.kind !== 'word') return false
  return places.has(place.norm) || places.has(place.norm.split('-')[0]!) || isCapitalised(place)
}

function overlaps(a: PatternMatch, b: PatternMatch): boolean {
  return a.start < b.end && b.start < a.end
}

function width(match: PatternMatch): number {
  return match.end - match.start
}
