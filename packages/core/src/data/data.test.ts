import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compilePattern} from '../text/pattern.js'
import type {PillarData, SlotData, VagueTargetData} from './types.js'
import {dutchPillars} from './nl/pillars.js'
import {englishPillars} from './en/pillars.js'
import {dutchSlots} from './nl/slots.js'
import {englishSlots} from './en/slots.js'
import {dutchVagueTarget} from './nl/vague-target.js'
import {englishVagueTarget} from './en/vague-target.js'
import {dutchFunctionWords} from './nl/function-words.js'
import {englishFunctionWords} from './en/function-words.js'
import {capitalisedNonPlaces, placeNames} from './places.js'
import {dutchJargon} from './nl/jargon.js'
import {englishJargon} from './en/jargon.js'
import {dutchHedges} from './nl/hedges.js'
import {englishHedges} from './en/hedges.js'
import {dutchKnownAcronyms} from './nl/acronyms.js'
import {englishKnownAcronyms} from './en/acronyms.js'
import {simplifyIgnore} from './en/simplify-ignore.js'
import {simplifyPhrases} from './en/simplify-phrases.js'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'

// retext-simplify does not export its phrase table; read it from the installed package.
const simplifyMain = createRequire(import.meta.url).resolve('retext-simplify')
const {patterns: simplifyPatterns} = (await import(pathToFileURL(join(dirname(simplifyMain), 'lib', 'patterns.js')).href)) as {
  patterns: Record<string, unknown>
}

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>()
  return list.filter((entry) => {
    const key = entry.toLowerCase()
    if (seen.has(key)) return true
    seen.add(key)
    return false
  })
}

const lists: Record<string, readonly string[]> = {
  'nl function words': dutchFunctionWords,
  'en function words': englishFunctionWords,
  places: placeNames,
  'capitalised non-places': capitalisedNonPlaces,
}
for (const [name, data] of [['nl', dutchPillars], ['en', englishPillars]] as const) {
  for (const key of ['who', 'offer', 'trades', 'vagueTitles', 'vagueWords', 'ask', 'notAsk', 'askContinuation'] as const) {
    lists[`${name} pillars.${key}`] = (data as PillarData)[key]
  }
  for (const [lexicon, entries] of Object.entries(data.lexicons)) lists[`${name} pillars @${lexicon}`] = entries
}
for (const [name, data] of [['nl', dutchSlots], ['en', englishSlots]] as const) {
  for (const [lexicon, entries] of Object.entries((data as SlotData).lexicons)) lists[`${name} slots @${lexicon}`] = entries
  for (const [slot, patterns] of Object.entries(data.patterns)) lists[`${name} slots.${slot}`] = patterns
}
for (const [name, data] of [['nl', dutchVagueTarget], ['en', englishVagueTarget]] as const) {
  for (const [lexicon, entries] of Object.entries((data as VagueTargetData).lexicons)) lists[`${name} vague @${lexicon}`] = entries
  lists[`${name} vague.patterns`] = data.patterns
}

describe('word lists', () => {
  it.each(Object.entries(lists))('%s has no duplicates or blank entries', (_name, list) => {
    expect(duplicates(list)).toEqual([])
    expect(list.filter((entry) => entry.trim() !== entry || entry === '')).toEqual([])
  })

  it('keeps function words apart: no word counts for both languages', () => {
    const english = new Set(englishFunctionWords)
    expect(dutchFunctionWords.filter((word) => english.has(word))).toEqual([])
  })

  it('names a source or a reason at the top of every data file', () => {
    const folder = new URL('.', import.meta.url)
    const files = ['nl', 'en'].flatMap((language) =>
      readdirSync(new URL(`${language}/`, folder)).map((file) => new URL(`${language}/${file}`, folder)),
    )
    files.push(new URL('places.ts', folder))
    for (const file of files.filter((url) => url.pathname.endsWith('.ts') && !url.pathname.endsWith('.test.ts'))) {
      const head = readFileSync(file, 'utf8').split('\n').slice(0, 8).join('\n')
      expect(head, file.pathname).toMatch(/\/\*\*[\s\S]*(source|facts|research|list|own|CBS|stopwords)/i)
    }
  })
})

describe('patterns', () => {
  const sets: [string, readonly string[], Record<string, readonly string[]>][] = [
    ['nl pillars', [...dutchPillars.who, ...dutchPillars.offer, ...dutchPillars.ask, ...dutchPillars.notAsk, ...dutchPillars.askContinuation], {...dutchPillars.lexicons, trade: dutchPillars.trades}],
    ['en pillars', [...englishPillars.who, ...englishPillars.offer, ...englishPillars.ask, ...englishPillars.notAsk, ...englishPillars.askContinuation], {...englishPillars.lexicons, trade: englishPillars.trades}],
    ['nl slots', Object.values(dutchSlots.patterns).flat(), dutchSlots.lexicons],
    ['en slots', Object.values(englishSlots.patterns).flat(), englishSlots.lexicons],
    ['nl vague', [...dutchVagueTarget.patterns, ...dutchVagueTarget.exceptions], {...dutchVagueTarget.lexicons, self: dutchPillars.lexicons['self']!}],
    ['en vague', [...englishVagueTarget.patterns, ...englishVagueTarget.exceptions], {...englishVagueTarget.lexicons, self: englishPillars.lexicons['self']!}],
  ]

  it.each(sets)('%s all compile', (_name, patterns, lexicons) => {
    for (const pattern of patterns) expect(() => compilePattern(pattern, lexicons), pattern).not.toThrow()
  })

  it.each(sets)('%s keep each alternative to one word (multi-word options silently split)', (_name, patterns) => {
    // "think of|for example" would be read as two tokens; such options belong in separate patterns.
    for (const pattern of patterns) {
      for (const token of pattern.split(/\s+/)) {
        expect(token.includes('|') && token.split('|').some((option) => option === ''), pattern).toBe(false)
      }
    }
  })
})

describe('jargon and hedge lists', () => {
  const lists = {
    'nl jargon': dutchJargon,
    'en jargon': englishJargon,
    'nl hedges': dutchHedges,
    'en hedges': englishHedges,
  } as const

  it.each(Object.entries(lists))('%s: every form is lower case, trimmed and in one entry only', (_name, entries) => {
    const forms = entries.flatMap((entry) => entry.forms)
    expect(duplicates(forms)).toEqual([])
    for (const form of forms) {
      expect(form, form).toBe(form.toLowerCase().trim().replace(/\s+/g, ' '))
      expect(form, form).not.toMatch(/[<>|@~#]/)
    }
  })

  it.each(Object.entries(lists))('%s: no entry is its own replacement, and each names a source or reason', (_name, entries) => {
    for (const entry of entries) {
      const replacements = ('replace' in entry ? entry.replace : undefined) ?? []
      for (const replacement of replacements) expect(entry.forms, replacement).not.toContain(replacement.toLowerCase())
      expect(entry.source.trim().length, entry.forms[0]).toBeGreaterThan(1)
    }
  })

  it.each([['nl jargon', dutchJargon], ['en jargon', englishJargon]] as const)(
    '%s: an entry without a replacement tells what to write instead',
    (_name, entries) => {
      for (const entry of entries) {
        if (entry.replace.length === 0) expect(entry.advice, entry.forms[0]).toBeTruthy()
      }
    },
  )

  it('has at least 150 jargon entries per language of its own', () => {
    expect(dutchJargon.length).toBeGreaterThanOrEqual(150)
    expect(englishJargon.length).toBeGreaterThanOrEqual(150)
  })

  it('keeps English jargon apart from retext-simplify, which runs beside it', () => {
    const simplify = new Set(Object.keys(simplifyPatterns))
    expect(englishJargon.flatMap((entry) => entry.forms).filter((form) => simplify.has(form))).toEqual([])
  })

  it('knows the same phrases as the installed retext-simplify', () => {
    expect([...simplifyPhrases].sort()).toEqual(Object.keys(simplifyPatterns).sort())
  })

  it('ignores only retext-simplify phrases that exist', () => {
    const simplify = new Set(Object.keys(simplifyPatterns))
    expect(simplifyIgnore.filter((phrase) => !simplify.has(phrase))).toEqual([])
    expect(duplicates(simplifyIgnore)).toEqual([])
  })

  it('keeps known acronyms free of duplicates', () => {
    expect(duplicates(dutchKnownAcronyms)).toEqual([])
    expect(duplicates(englishKnownAcronyms)).toEqual([])
  })
})
