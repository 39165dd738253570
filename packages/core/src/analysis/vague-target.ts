import {languagePack} from '../language/pack.js'
import type {DocumentView} from '../text/document.js'
import {matchSet, type PatternMatch} from '../text/pattern.js'

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

function overlaps(a: PatternMatch, b: PatternMatch): boolean {
  return a.start < b.end && b.start < a.end
}

function width(match: PatternMatch): number {
  return match.end - match.start
}
