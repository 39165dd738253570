import {describe, expect, it} from 'vitest'
import {compilePattern, matchesAny, matchPattern, matchSet, patternSet, tokenLine} from './pattern.js'
import type {Token} from './tokens.js'

function tokens(text: string): Token[] {
  return (text.match(/[\p{L}\p{N}'-]+|[^\s\p{L}\p{N}]/gu) ?? []).map((value) => ({
    text: value,
    norm: value.toLowerCase(),
    kind: /[\p{L}\p{N}]/u.test(value) ? 'word' : 'punctuation',
    start: 0,
    end: 0,
  }))
}

function spans(pattern: string, text: string, lexicons = {}) {
  const list = tokens(text)
  return matchPattern(tokenLine(list), compilePattern(pattern, lexicons)).map((match) =>
    list.slice(match.start, match.end).map((token) => token.text).join(' '),
  )
}

describe('word patterns', () => {
  it('rejects an option written twice, the sign of a phrase split into tokens by mistake', () => {
    expect(() => compilePattern('< groot of klein|klein of groot >')).toThrow(/appears twice/)
    expect(() => compilePattern('^ dat zijn|zijn')).toThrow(/appears twice/)
  })

  it('matches literal words, alternatives and prefixes, case-insensitively', () => {
    expect(spans('ik zoek|zoeken klant*', 'Ik zoek klanten')).toEqual(['Ik zoek klanten'])
    expect(spans('ik zoek|zoeken klant*', 'Ik vind klanten')).toEqual([])
  })

  it('reports only the part between < and >', () => {
    expect(spans('ik zoek < klanten > $', 'ik zoek klanten .')).toEqual(['klanten'])
    expect(spans('ik zoek < klanten > $', 'ik zoek klanten in Utrecht')).toEqual([])
  })

  it('supports optional tokens, gaps that stop at punctuation, and negative lookahead', () => {
    expect(spans('op zoek nieuwe? naar', 'op zoek naar')).toEqual(['op zoek naar'])
    expect(spans('ik ...2 zoek', 'ik ben echt zoek')).toEqual(['ik ben echt zoek'])
    expect(spans('ik ...2 zoek', 'ik , zoek')).toEqual([])
    expect(spans('zoek ~naar', 'zoek naar')).toEqual([])
    expect(spans('zoek ~naar', 'zoek klanten')).toEqual(['zoek'])
  })

  it('expands lexicons, including entries of several words', () => {
    expect(spans('in @place', 'in Den Haag', {place: ['den haag', 'utrecht']})).toEqual(['in Den Haag'])
    expect(() => compilePattern('in @nowhere')).toThrow(/Unknown lexicon/)
  })

  it('treats $ inside alternatives as the end of a clause', () => {
    expect(spans('zoek < klanten > $|en', 'zoek klanten en meer')).toEqual(['klanten'])
    expect(spans('zoek < klanten > $|en', 'zoek klanten ,')).toEqual(['klanten'])
    expect(spans('zoek < klanten > $|en', 'zoek klanten met')).toEqual([])
  })

  it('matches numbers with # and punctuation marks literally', () => {
    expect(spans('# medewerkers', 'met 20 medewerkers')).toEqual(['20 medewerkers'])
    expect(spans('vraag \\?', 'een vraag ?')).toEqual(['vraag ?'])
  })

  it('reads # and _ as a number and any word also among alternatives', () => {
    expect(spans('booking #|for', 'now booking 2025')).toEqual(['booking 2025'])
    expect(spans('booking #|for', 'booking for March')).toEqual(['booking for'])
    expect(spans('booking #|for', 'booking #')).toEqual([])
    expect(spans('space for _|#', 'space for two')).toEqual(['space for two'])
    expect(spans('space for _|#', 'space for ,')).toEqual([])
    // Such a token has no anchor words, so a pattern set still tries the pattern by its other words.
    const set = patternSet([compilePattern('#|new clients')])
    expect(matchSet(tokenLine(tokens('taking 3 clients')), set)).toHaveLength(1)
  })

  it('finds a span after a gap, and never splits one word two ways (no backtracking blow-up)', () => {
    expect(spans('die ...4 < net > verhuisd', 'die zijn sinds kort net verhuisd')).toEqual(['net'])
    // A gap over long words that then fails: linear work, so this returns at once.
    const long = Array.from({length: 40}, () => 'a'.repeat(200)).join(' ')
    expect(spans('die ...4 net', `die ${long}`)).toEqual([])
  })
})

describe('pattern sets', () => {
  const set = () => patternSet(['zoek < klanten >', '# medewerkers', 'alle ondernemers'].map((source) => compilePattern(source)))

  it('return every match of every pattern whose words occur, and nothing otherwise', () => {
    const line = tokenLine(tokens('ik zoek klanten met 20 medewerkers'))
    expect(matchSet(line, set()).map((match) => match.pattern)).toEqual(['zoek < klanten >', '# medewerkers'])
    expect(matchesAny(tokenLine(tokens('alle ondernemers')), set())).toBe(true)
    expect(matchesAny(tokenLine(tokens('geen van beide')), set())).toBe(false)
  })

  it('agree with matchPattern on whether a pattern matches, also when its span can be empty', () => {
    const sources = ['zoek < nieuwe? >', 'zoek < nieuwe? klanten >', '< @x > $', 'ik ...2 zoek', '^ denk aan', 'zoek|zoeken ~naar']
    const texts = ['ik zoek klanten', 'ik zoek nieuwe klanten .', 'denk aan een bakker', 'zoek naar werk', 'ik ben zoek']
    for (const source of sources) {
      const pattern = compilePattern(source, {x: ['klanten', 'een bakker']})
      for (const text of texts) {
        const line = tokenLine(tokens(text))
        expect(matchesAny(line, patternSet([pattern])), `${source} on "${text}"`).toBe(matchPattern(line, pattern).length > 0)
      }
    }
    expect(matchesAny(tokenLine(tokens('ik zoek klanten')), patternSet([compilePattern('zoek < nieuwe? >')]))).toBe(false)
  })

  it('still match on a line that was checked before the set existed', () => {
    const line = tokenLine(tokens('wij zoeken een bakker'))
    const before = patternSet([compilePattern('zoeken een')])
    expect(matchesAny(line, before)).toBe(true)
    const after = patternSet([compilePattern('een bakker')])
    expect(matchesAny(line, after)).toBe(true)
  })

  it('agree with matchPattern pattern by pattern, in order, when several words and always-tried patterns meet on a line', () => {
    // Over 32 patterns, so candidates of several index words are merged across words of the bit set.
    const sources = [
      '_ klanten',
      ...Array.from({length: 40}, (_, index) => `zoek ...3 woord${index}|klanten`),
      'klanten met #',
      'ik zoek',
      '# medewerkers ~in',
      'met ...2 medewerkers',
    ]
    const patterns = sources.map((source) => compilePattern(source))
    const set = patternSet(patterns)
    for (const text of ['ik zoek klanten met 20 medewerkers', 'zoek woord39 , ik zoek klanten', 'met 20 medewerkers in Gent', 'niets']) {
      const line = tokenLine(tokens(text))
      const expected = patterns.flatMap((pattern) => matchPattern(line, pattern))
      expect(matchSet(line, set), text).toEqual(expected)
      expect(matchesAny(line, set), text).toBe(expected.length > 0)
      // Asked again after another line: the anchors seen are those of the line asked about.
      matchSet(tokenLine(tokens('alleen woord7')), set)
      expect(matchSet(line, set), text).toEqual(expected)
    }
  })
})
