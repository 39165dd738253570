// Scores pitchlint's pillar rules against the labelled corpus in test/corpus/*.yaml.
// Used by `npm run eval` (prints a table) and by test/corpus.test.ts (the quality gate).
import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {check, detectLanguage} from '@pitchlint/core'

const CORPUS = new URL('../corpus/', import.meta.url)
export const LANGUAGES = ['nl', 'en']

/** Document-level rules: the rule should fire exactly when this label says so. */
const DOCUMENT_RULES = {
  'missing-who': (labels) => labels.who === false,
  'missing-what': (labels) => labels.what === false,
  'missing-ask': (labels) => labels.ask === false,
  'unspecific-ask': (labels) => labels.ask === true && labels.ask_specific === false,
}
export const RULES = [...Object.keys(DOCUMENT_RULES), 'vague-target']

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
      const fired = (rule) => result.messages.filter((message) => message.ruleId === rule)
      for (const [rule, expect] of Object.entries(DOCUMENT_RULES)) {
        const positive = expect(entry.labels)
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
      scoreSpans(perRule['vague-target'], entry, fired('vague-target'))
    }
    table[language] = perRule
    detection[language] = {correct: detected, total: corpus.length}
  }
  return {table, detection}
}

/** Span rule: a finding is right when it overlaps a labelled span; a label is found when any finding overlaps it. */
function scoreSpans(tally, entry, messages) {
  const labelled = (entry.labels.vague_target ?? []).map((span) => {
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
