import type {Root, Sentence} from 'nlcst'
import retextReadability from 'retext-readability'
import {VFile} from 'vfile'
import {readingEase, viewCounts} from '../analysis/readability.js'
import {rulePlugin, type Rule, type Severity} from '../rule.js'

/** Sentence length for spoken plain language (B1): aim for at most 15 words, flag above 20. */
export const WARN_ABOVE_WORDS = 15
export const FLAG_ABOVE_WORDS = 20
/**
 * Flesch-Douma below this marks a sentence as hard. Douma's band for "very hard" texts starts at 30,
 * but one sentence scores far lower than a text (Dutch compounds weigh heavily), so a single sentence
 * must score below 10; measured on the labelled corpus, 30 flagged many plain sentences. Only
 * sentences of 8+ words are scored.
 */
const HARD_DUTCH_EASE = 10
const MIN_WORDS_TO_SCORE = 8
/** Flesch reading ease under which an English sentence is worth asking retext-readability about. */
const ENGLISH_CANDIDATE_EASE = 50
/**
 * retext-readability: a sentence is hard when 5 of its 7 formulas put it above the reading age of 18
 * (an adult general audience). On the labelled corpus this measured precision 0.90 / recall 0.96, where
 * its defaults (age 16, 4 of 7) measured 0.67 / 1.00.
 */
const englishReadability = retextReadability({age: 18, minWords: MIN_WORDS_TO_SCORE, threshold: 5 / 7})

/**
 * Flags sentences that are too long or too hard to follow when heard once. Long sentences (over 20
 * words) and hard ones get the rule's severity; sentences of 16–20 words one level less.
 */
export const hardSentence: Rule = {
  id: 'hard-sentence',
  summary: {en: 'A sentence too long or too hard to follow when heard once.', nl: 'Een zin die te lang of te moeilijk is om in één keer te volgen.'},
  area: 'clarity',
  defaultSeverity: 'warning',
  check({analysis, file, texts, report, severity}) {
    const counts = viewCounts(analysis.view)
    // retext-readability is slow (word lists searched per word), so it only sees English sentences
    // that Flesch already finds fairly hard: an easier sentence cannot get 5 of its 7 formulas above age 18.
    const candidates = analysis.view.sentences.filter((sentence, index) => {
      const {words, syllables} = counts[index]!
      return sentence.language === 'en' && words >= MIN_WORDS_TO_SCORE && readingEase('en', words, 1, syllables) < ENGLISH_CANDIDATE_EASE
    })
    const hardEnglish = englishHardSentences(candidates.map((sentence) => sentence.node), file)
    analysis.view.sentences.forEach((sentence, index) => {
      const {words, syllables} = counts[index]!
      const hard =
        sentence.language === 'nl'
          ? words >= MIN_WORDS_TO_SCORE && readingEase('nl', words, 1, syllables) < HARD_DUTCH_EASE
          : hardEnglish.has(sentence.start)
      if (!hard && words <= WARN_ABOVE_WORDS) return
      const serious = hard || words > FLAG_ABOVE_WORDS
      report({
        start: sentence.start,
        end: sentence.end,
        reason: texts.hardSentence.reason(words, WARN_ABOVE_WORDS, hard),
        note: texts.hardSentence.note,
        severity: serious ? severity : lower(severity),
      })
    })
  },
}

function lower(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info'
}

/** Start offsets of English sentences that retext-readability finds hard. */
function englishHardSentences(sentences: Sentence[], file: VFile): Set<number> {
  const starts = new Set<number>()
  if (sentences.length === 0) return starts
  const scratch = new VFile({value: String(file.value)})
  const root = {type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences}]} as Root
  englishReadability(root, scratch)
  for (const message of scratch.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    if (start !== undefined) starts.add(start)
  }
  return starts
}

export const retextHardSentence = rulePlugin(hardSentence)
