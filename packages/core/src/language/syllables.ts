import {syllable} from 'syllable'
import {dutchLoanwords, englishHeads} from '../data/nl/loanwords.js'

/**
 * Dutch syllables by vowel nuclei (shared/research/dutch-language-facts.md §2.3: 109/109 on held-out
 * native words, where hyphenation patterns reach 88%). English loanwords go to the English counter.
 */
const TRIGRAPHS = ['aai', 'ooi', 'oei', 'eeu', 'ieu']
const DIGRAPHS = ['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au', 'ai', 'ay', 'ey', 'oy']
const TREMA: Readonly<Record<string, string>> = {ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u'}
const ACCENTS: Readonly<Record<string, string>> = {
  á: 'a', à: 'a', â: 'a', é: 'e', è: 'e', ê: 'e', í: 'i', ì: 'i', î: 'i', ó: 'o', ò: 'o', ô: 'o', ú: 'u',
  ù: 'u', û: 'u',
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

const LOANS = new Set(dutchLoanwords)
/**
 * Loanwords long enough to start a compound safely ("team" would take "teamleider", but "home" would
 * take "homeopaat"): six letters or more, longest first, and at least four letters must follow.
 */
const LONG_LOANS = dutchLoanwords.filter((loan) => loan.length >= 6 && !loan.includes('-')).sort((a, b) => b.length - a.length)
const MIN_REST_LETTERS = 4

/** Words repeat a lot in a text; counting is the costly part of readability, so remember counts. */
const MEMO_LIMIT = 50_000
const dutchMemo = new Map<string, number>()
const englishMemo = new Map<string, number>()

function memoized(memo: Map<string, number>, word: string, count: (word: string) => number): number {
  let value = memo.get(word)
  if (value === undefined) {
    value = count(word)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(word, value)
  }
  return value
}

export function dutchSyllables(word: string): number {
  return memoized(dutchMemo, word, countDutch)
}

function countDutch(word: string): number {
  // Each part of a hyphenated compound on its own: "ransomware-aanvallen", "website-bouwer".
  if (word.includes('-')) {
    const parts = word.split('-').filter((part) => /\p{L}/u.test(part))
    if (parts.length > 1) return parts.reduce((total, part) => total + countDutch(part), 0)
  }
  const lower = word.toLowerCase().replace(/[^\p{L}]/gu, '')
  if (lower === '') return 0
  if (LOANS.has(lower)) return Math.max(1, syllable(lower))
  // Compounds that start with a long English loanword: "softwareontwikkelaar", "websitebouwer".
  for (const loan of LONG_LOANS) {
    if (lower.length >= loan.length + MIN_REST_LETTERS && lower.startsWith(loan)) {
      return Math.max(1, syllable(loan)) + countDutch(lower.slice(loan.length))
    }
  }
  for (const head of englishHeads) {
    // Compounds with an English head: salesmanager, lifecoach, homepage.
    if (lower.length > head.length + 2 && lower.endsWith(head)) {
      const prefix = lower.slice(0, -head.length)
      const prefixCount = LOANS.has(prefix) ? Math.max(1, syllable(prefix)) : nucleusCount(prefix)
      return prefixCount + Math.max(1, syllable(head))
    }
  }
  return nucleusCount(lower)
}

function nucleusCount(lower: string): number {
  const trema: boolean[] = []
  let plain = ''
  for (const char of lower) {
    trema.push(char in TREMA)
    plain += TREMA[char] ?? ACCENTS[char] ?? char
  }
  let count = 0
  let index = 0
  while (index < plain.length) {
    const char = plain.charAt(index)
    const consonantY = char === 'y' && index === 0 && VOWELS.has(plain.charAt(1))
    if (!VOWELS.has(char) || consonantY) {
      index++
      continue
    }
    count++
    index += nucleusLength(plain, trema, index)
  }
  if (plain.endsWith('eum')) count++
  return Math.max(1, count)
}

/** Length of the longest nucleus at `index`; a trema after the first letter always starts a new one. */
function nucleusLength(plain: string, trema: readonly boolean[], index: number): number {
  for (const group of [TRIGRAPHS, DIGRAPHS]) {
    for (const nucleus of group) {
      if (!plain.startsWith(nucleus, index)) continue
      let clean = true
      for (let offset = 1; offset < nucleus.length; offset++) if (trema[index + offset]) clean = false
      if (clean) return nucleus.length
    }
  }
  return 1
}

export function englishSyllables(word: string): number {
  return Math.max(1, rawEnglishSyllables(word))
}

/** The `syllable` package's own count (0 for words without vowels), as the English formulas expect. */
export function rawEnglishSyllables(word: string): number {
  return memoized(englishMemo, word, countEnglish)
}

/**
 * No English word is this long; pasted hashes, URLs or keyboard mashing are. The `syllable` package
 * slows down quadratically on long runs of consonants, so such strings get a plain vowel-group count.
 */
const LONGEST_WORD = 45

function countEnglish(word: string): number {
  if (word.length <= LONGEST_WORD) return syllable(word)
  return word.match(/[aeiouy]+/gi)?.length ?? 0
}
