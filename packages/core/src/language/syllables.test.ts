import {describe, expect, it} from 'vitest'
import {dutchSyllables} from './syllables.js'

describe('dutchSyllables', () => {
  it.each([
    ['idee', 2], ['olie', 2], ['energie', 3], ['economie', 4], ['italië', 4], ['mooie', 2], ['draaien', 2],
    ['groeien', 2], ['beantwoorden', 4], ['situatie', 4], ['geautomatiseerd', 6], ['radio', 3], ['eeuw', 1],
    ['nieuw', 1], ['vrouw', 1], ['blauw', 1], ['beëindigen', 4], ['ideeën', 3], ['geïnteresseerd', 5],
    ['coördinatie', 5], ['museum', 3], ['jubileum', 4], ['yoga', 2], ['fotograaf', 3], ['administratie', 5],
    ['website', 2], ['salesmanager', 4], ['lifecoach', 2],
    // Hyphenated compounds part by part; compounds that start with a long loanword.
    ['ransomware-aanvallen', 6], ['website-bouwer', 4], ['e-mail', 2], ['kandidaat-notaris', 6],
    ['softwareontwikkelaar', 6], ['websitebouwer', 4], ['onlinemarketing', 5],
    // Short loans never take a Dutch word's start.
    ['homeopaat', 4], ['storen', 2],
  ])('%s has %i syllables', (word, count) => {
    expect(dutchSyllables(word)).toBe(count)
  })
})
