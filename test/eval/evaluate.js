// Scores pitchlint's pillar rules against the labelled corpus in test/corpus/*.yaml.
// Used by `npm run eval` (prints a table) and by test/corpus.test.ts (the quality gate).
import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {check, detectLanguage} from '@pitchlint/core'

const CORPUS = new URL('../corpus/', import.meta.url)
export const LANGUAGES = ['nl', 'en']

/** Document-level rules: the rule should fire exactly when this label says so (undefined: not labelled). */
const DOCUMENT_RULES = {
  'missing-who': (labels) => labels.who === false,
  'missing-what': (labels) => labels.what === false,
  'missing-ask': (labels) => labels.ask === false,
  'unspecific-ask': (labels) => labels.ask === true && labels.ask_specific === false,
  'too-long': (labels) => (labels.too_long === undefined ? undefined : labels.too_long === true),
  'missing-proof': (labels) => (labels.proof === undefined ? undefined : labels.proof === false),
}
/** Span rules: each finding should overlap a labelled span. */
const SPAN_RULES = {
  'vague-target': 'vague_target',
  jargon: 'jargon',
  'unexplained-acronym': 'acronyms',
  hedge: 'hedges',
  'hard-sentence': 'hard_sentences',
}
/** Findings below this severity are hints, not claims, and are left out of the scores. */
const COUNTED_SEVERITY = {'hard-sentence': new Set(['warning', 'error'])}
export const RULES = [...Object.keys(DOCUMENT_RULES), ...Object.keys(SPAN_RULES)]

export function loadCorpus(language) {
  const entries = parse(readFileSync(new URL(`${language}.yaml`, CORPUS), 'utf8'))
  return entries.map((entry) => ({...entry, language}))
}

function counts() {
  return {tp: 0, fp: 0, fn: 0, misses: [], falseAlarms: []}
}

export function evaluate() {
  const table = {}
  const detection = {}
  for (const language of LANGUAGES) {
    const corpus = loadCorpus(language)
    const perRule = Object.fromEntries(RULES.map((rule) => [rule, counts()]))
    let detected = 0
    for (const entry of corpus) {
      const text = entry.text
      if (detectLanguage(text).language === language) detected++
      const {result} = check(text)
      const fired = (rule) =>
        result.messages.filter(
          (message) => message.ruleId === rule && (!COUNTED_SEVERITY[rule] || COUNTED_SEVERITY[rule].has(message.severity)),
        )
      for (const [rule, expect] of Object.entries(DOCUMENT_RULES)) {
        const positive = expect(entry.labels)
        if (positive === undefined) continue
        const predicted = fired(rule).length > 0
        const tally = perRule[rule]
        if (positive && predicted) tally.tp++
        else if (!positive && predicted) {
          tally.fp++
          tally.falseAlarms.push(entry.id)
        } else if (positive && !predicted) {
          tally.fn++
          tally.misses.push(entry.id)
        }
      }
      for (const [rule, field] of Object.entries(SPAN_RULES)) {
        if (entry.labels[field] === undefined) continue
        scoreSpans(perRule[rule], entry, entry.labels[field], fired(rule))
      }
    }
    table[language] = perRule
    detection[language] = {correct: detected, total: corpus.length}
  }
  return {table, detection}
}

/** Span rule: a finding is right when it overlaps a labelled span; a label is found when any finding overlaps it. */
function scoreSpans(tally, entry, spans, messages) {
  const labelled = spans.map((span) => {
    const start = entry.text.indexOf(span)
    if (start === -1) throw new Error(`${entry.id}: labelled span "${span}" is not in the text`)
    return {start, end: start + span.length, span}
  })
  const overlaps = (a, b) => a.start < b.end && b.start < a.end
  for (const message of messages) {
    const found = {start: message.offset, end: message.endOffset}
    if (labelled.some((span) => overlaps(span, found))) tally.tp++
    else {
      tally.fp++
      tally.falseAlarms.push(`${entry.id} "${message.actual}"`)
    }
  }
  for (const span of labelled) {
    if (!messages.some((message) => overlaps(span, {start: message.offset, end: message.endOffset}))) {
      tally.fn++
      tally.misses.push(`${entry.id} "${span.span}"`)
    }
  }
}

export function metrics({tp, fp, fn}) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}
