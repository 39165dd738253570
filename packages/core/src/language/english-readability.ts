import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {rawEnglishSyllables} from './syllables.js'

/**
 * The seven classic English formulas, applied to one sentence the way retext-readability does
 * (same counts, same grade-to-age mapping), but with the familiar-word lists in Sets: its per-word
 * Array#includes over ~3,000 words was the slowest step of the whole pipeline.
 */
const FAMILIAR_SPACHE = new Set(spache)
const FAMILIAR_DALE_CHALL = new Set(daleChall)

/** How many of the 7 formulas put a sentence of these words above the reading age `age`. */
export function formulasAboveAge(words: readonly string[], age: number): number {
  const familiar = new Set<string>()
  const easy = new Set<string>()
  let syllables = 0
  let letters = 0
  let polysyllabic = 0
  let complexPolysyllabic = 0
  for (const word of words) {
    const caseless = word.toLowerCase()
    const count = rawEnglishSyllables(word)
    syllables += count
    letters += word.length
    if (count >= 3) {
      polysyllabic++
      // Gunning fog leaves out proper nouns: a capitalised first letter.
      if (word.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysyllabic++
    }
    if (FAMILIAR_SPACHE.has(caseless)) familiar.add(caseless)
    if (FAMILIAR_DALE_CHALL.has(caseless)) easy.add(caseless)
  }
  const counts = {
    character: letters,
    complexPolysillabicWord: complexPolysyllabic,
    difficultWord: words.length - easy.size,
    letter: letters,
    polysillabicWord: polysyllabic,
    sentence: 1,
    syllable: syllables,
    unfamiliarWord: words.length - familiar.size,
    word: words.length,
  }
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1] ?? Number.NaN),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts)),
  ]
  return ages.filter((value) => value > age).length
}

/** Grade in the US school system to the typical age at its start. */
function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}
