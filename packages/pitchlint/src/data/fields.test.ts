import {describe, expect, it} from 'vitest'
import {checkFieldPattern, DataFileError, extractFields} from './fields.js'
import type {FieldValue} from './fields.js'

/** The invariants the CLI relies on: one offset per UTF-16 unit plus an end, non-decreasing, letters point at themselves. */
function expectMapped(source: string, value: FieldValue, escaped: readonly string[] = []): void {
  const offsets = value.sourceOffsets
  expect(offsets).toHaveLength(value.text.length + 1)
  for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1] ?? 0)
  expect(offsets.at(-1)).toBeLessThanOrEqual(source.length)
  for (let i = 0; i < value.text.length; i++) {
    const ch = value.text[i] ?? ''
    if (!/\p{L}/u.test(ch)) continue
    const at = offsets[i] ?? -1
    // Letters written as escapes (\u00e9) point at the backslash of their escape sequence.
    if (escaped.includes(ch) && source[at] === '\\') continue
    expect(`${i}:${source[at]}`).toBe(`${i}:${ch}`)
  }
}

/** The source text a finding covering `word` (first occurrence in the value) would underline. */
function sourceOf(value: FieldValue, word: string): string {
  const index = value.text.indexOf(word)
  expect(index).toBeGreaterThanOrEqual(0)
  return [value.sourceOffsets[index], value.sourceOffsets[index + word.length]].join(':')
}

function only(source: string, pattern: string): FieldValue {
  const values = extractFields(source, [pattern])
  expect(values).toHaveLength(1)
  const [value] = values
  if (!value) throw new Error('unreachable')
  expectMapped(source, value)
  return value
}

function slice(source: string, value: FieldValue, word: string): string {
  const [start, end] = sourceOf(value, word).split(':').map(Number)
  return source.slice(start, end)
}

describe('extractFields: scalar styles', () => {
  it('folds multi-line plain scalars and maps words and folds back to the source', () => {
    const source = 'speakers:\n  - bio: Anna helps   \n      founders raise\n\n      seed rounds\n'
    const value = only(source, 'speakers[].bio')
    expect(value.path).toBe('speakers[0].bio')
    expect(value.text).toBe('Anna helps founders raise\nseed rounds')
    expect(slice(source, value, 'founders raise')).toBe('founders raise')
    expect(slice(source, value, 'seed rounds')).toBe('seed rounds')
    // The folded space points at where the trimmed line ends, so "helps" does not swallow trailing blanks.
    expect(slice(source, value, 'helps')).toBe('helps')
    expect(source[value.sourceOffsets[value.text.indexOf(' founders')] ?? -1]).toBe(' ')
  })

  it("handles single-quoted scalars with '' escapes and folding", () => {
    const source = "bio: 'It''s Anna''s\n  second   \n  line'\n"
    const value = only(source, 'bio')
    expect(value.text).toBe("It's Anna's second line")
    expect(slice(source, value, "Anna's")).toBe("Anna''s")
    expect(slice(source, value, 'line')).toBe('line')
  })

  it('handles double-quoted YAML escapes, folding and escaped line breaks', () => {
    const source = 'bio: "Caf\\u00e9 \\"owner\\"\\nhelps\n  teams \\\n  grow\n\n  fast \\x41"\n'
    const values = extractFields(source, ['bio'])
    expect(values).toHaveLength(1)
    const value = values[0] as FieldValue
    expect(value.text).toBe('Café "owner"\nhelps teams grow\nfast A')
    expectMapped(source, value, ['é', 'A'])
    expect(source.startsWith('\\u00e9', value.sourceOffsets[3] ?? -1)).toBe(true)
    expect(slice(source, value, '"owner"')).toBe('\\"owner\\"')
    expect(slice(source, value, 'teams grow')).toBe('teams \\\n  grow')
    expect(source.startsWith('\\x41', value.sourceOffsets[value.text.length - 1] ?? -1)).toBe(true)
    expect(value.sourceOffsets.at(-1)).toBe(source.lastIndexOf('"'))
  })

  it('strips indentation of literal block scalars with every chomping mode', () => {
    const source = 'a: |\n  line one\n    indented\n\n  last\n\nb: |-\n  stripped\nc: |+\n  kept\n\n\nd: 1\n'
    const [a, b, c] = extractFields(source, ['a', 'b', 'c'])
    expect(a?.text).toBe('line one\n  indented\n\nlast\n')
    expect(b?.text).toBe('stripped')
    expect(c?.text).toBe('kept\n\n\n')
    for (const value of [a, b, c]) expectMapped(source, value as FieldValue)
    expect(slice(source, a as FieldValue, 'indented')).toBe('indented')
    expect(slice(source, a as FieldValue, 'one\n  indented')).toBe('one\n    indented')
  })

  it('honours block indentation indicators', () => {
    const source = 'speakers:\n  - bio: |2-\n       leading spaces\n      base line\n'
    const value = only(source, 'speakers[].bio')
    expect(value.text).toBe(' leading spaces\nbase line')
    expect(slice(source, value, 'base line')).toBe('base line')
  })

  it('folds folded block scalars: single breaks to spaces, blank lines and more-indented lines kept', () => {
    const source = 'bio: >\n  Anna builds\n  tools for\n\n  small teams.\n    - a list item\n  Done.\n'
    const value = only(source, 'bio')
    expect(value.text).toBe('Anna builds tools for\nsmall teams.\n  - a list item\nDone.\n')
    expect(slice(source, value, 'builds tools')).toBe('builds\n  tools')
    expect(slice(source, value, 'small teams.')).toBe('small teams.')
    expect(slice(source, value, 'a list item')).toBe('a list item')
  })

  it('handles CRLF line endings', () => {
    const source = 'bio: first\r\n  second\r\nnote: >-\r\n  one\r\n  two\r\n'
    const [bio, note] = extractFields(source, ['bio', 'note'])
    expect(bio?.text).toBe('first second')
    expect(note?.text).toBe('one two')
    for (const value of [bio, note]) expectMapped(source, value as FieldValue)
  })

  it('maps JSON strings with \\" \\u00e9 and \\n escapes (JSON is read as YAML 1.2, tabs included)', () => {
    const source = '{\n\t"speakers": [\n\t\t{"name": "Zoë", "bio": "Caf\\u00e9 \\"Lux\\" owner\\nlooking for investors"}\n\t]\n}\n'
    const values = extractFields(source, ['speakers[].bio', 'speakers[].name'])
    expect(values.map((value) => value.path)).toEqual(['speakers[0].name', 'speakers[0].bio'])
    const bio = values[1] as FieldValue
    expect(bio.text).toBe('Café "Lux" owner\nlooking for investors')
    expectMapped(source, bio, ['é'])
    expectMapped(source, values[0] as FieldValue)
    expect(source.startsWith('\\u00e9', bio.sourceOffsets[3] ?? -1)).toBe(true)
    expect(slice(source, bio, '"Lux"')).toBe('\\"Lux\\"')
    expect(slice(source, bio, 'owner\nlooking')).toBe('owner\\nlooking')
    expect(slice(source, bio, 'investors')).toBe('investors')
  })

  it('returns empty strings with a single end offset', () => {
    const source = 'bio: ""\n'
    expect(extractFields(source, ['bio'])).toEqual([{path: 'bio', text: '', sourceOffsets: [6]}])
  })
})

describe('extractFields: patterns', () => {
  const source = [
    'speakers:',
    '  - name: Anna',
    '    bio: Anna helps founders',
    '  - name: Bob',
    '    bio: 42',
    '  - bio: Cleo writes',
    'team:',
    '  anna: {about: Anna about, age: 40}',
    '  "bob": {about: Bob about}',
    '  carl: {about: {nested: map}}',
    'events:',
    '  - speakers:',
    '      - bio: first',
    '      - bio: second',
    '  - speakers: [{bio: third}]',
    'matrix: [[one, two], [three]]',
    'other: {bio: not matched}',
    '',
  ].join('\n')

  const paths = (patterns: string[]) => extractFields(source, patterns).map((value) => `${value.path}=${value.text}`)

  it('picks array items with name[] and skips non-string values', () => {
    expect(paths(['speakers[].bio'])).toEqual(['speakers[0].bio=Anna helps founders', 'speakers[2].bio=Cleo writes'])
  })

  it('matches any map key with *, whatever the key quoting, and skips maps and numbers', () => {
    expect(paths(['team.*.about'])).toEqual(['team.anna.about=Anna about', 'team.bob.about=Bob about'])
    expect(paths(['team.*.age'])).toEqual([])
  })

  it('walks nested arrays', () => {
    expect(paths(['events[].speakers[].bio'])).toEqual([
      'events[0].speakers[0].bio=first',
      'events[0].speakers[1].bio=second',
      'events[1].speakers[0].bio=third',
    ])
    expect(paths(['matrix[][]'])).toEqual(['matrix[0][0]=one', 'matrix[0][1]=two', 'matrix[1][0]=three'])
    expect(paths(['matrix.*.*'])).toEqual(['matrix[0][0]=one', 'matrix[0][1]=two', 'matrix[1][0]=three'])
  })

  it('ignores keys that do not match and patterns that hit the wrong kind of node', () => {
    expect(paths(['bio', 'speakers.bio', 'team[].about', 'nope[].bio', 'speakers[].missing'])).toEqual([])
  })

  it('reports each value once, in document order, when several patterns match it', () => {
    expect(paths(['team.anna.about', 'team.*.about', 'speakers[].name'])).toEqual([
      'speakers[0].name=Anna',
      'speakers[1].name=Bob',
      'team.anna.about=Anna about',
      'team.bob.about=Bob about',
    ])
  })

  it('supports a root array with a leading []', () => {
    const json = '[{"description": "First"}, {"description": 3}, {"description": "Third"}]'
    expect(extractFields(json, ['[].description']).map((value) => value.path)).toEqual(['[0].description', '[2].description'])
    expect(extractFields(json, ['description'])).toEqual([])
  })

  it('resolves aliases: the alias path, with the positions of the anchored text', () => {
    const yaml = 'shared: &intro Anna helps founders\nspeakers:\n  - bio: *intro\n'
    const [shared, viaAlias] = extractFields(yaml, ['shared', 'speakers[].bio'])
    expect(viaAlias?.path).toBe('speakers[0].bio')
    expect(viaAlias?.text).toBe('Anna helps founders')
    expect(viaAlias?.sourceOffsets).toEqual(shared?.sourceOffsets)
    expectMapped(yaml, viaAlias as FieldValue)
  })

  it('returns nothing for an empty document or no patterns', () => {
    expect(extractFields('', ['bio'])).toEqual([])
    expect(extractFields('bio: x\n', [])).toEqual([])
  })

  it('throws on an invalid pattern', () => {
    expect(() => extractFields('bio: x\n', ['a..b'])).toThrow(/empty segment/)
  })
})

describe('extractFields: errors and hostile input', () => {
  function errorOf(source: string): DataFileError {
    try {
      extractFields(source, ['bio'])
    } catch (error) {
      expect(error).toBeInstanceOf(DataFileError)
      return error as DataFileError
    }
    throw new Error('expected a DataFileError')
  }

  it('reports syntax errors with 1-based line and column', () => {
    const error = errorOf('name: Anna\nbio: "unterminated\n')
    expect(error.line).toBe(2)
    expect(error.column).toBe(19) // just past the end of line 2, where the closing quote is missing
    expect(error.message).toMatch(/quote/i)
  })

  it('reports invalid JSON at its line', () => {
    expect(errorOf('{\n  "bio": "a",\n  "x": [1,\n}\n').line).toBeGreaterThanOrEqual(3)
  })

  it('rejects duplicate keys and unknown aliases', () => {
    expect(errorOf('bio: a\nbio: b\n')).toMatchObject({line: 2, column: 1})
    expect(errorOf('x: 1\nbio: *missing\n')).toMatchObject({line: 2, column: 6})
  })

  it('does not expand billion-laughs aliases without bound', () => {
    let source = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for (let i = 1; i < 10; i++) source += `a${i}: &a${i} [${Array.from({length: 9}, () => `*a${i - 1}`).join(', ')}]\n`
    for (const pattern of ['a9[][][][][][][][][][]', '*.*.*.*.*.*.*.*.*.*.*']) {
      let outcome: FieldValue[] | DataFileError
      try {
        outcome = extractFields(source, [pattern])
      } catch (error) {
        outcome = error as DataFileError
      }
      if (outcome instanceof DataFileError) expect(outcome.message).toMatch(/alias/)
      else expect(outcome.length).toBeLessThan(100_000)
    }
  })

  it('does not loop on self-referencing aliases', () => {
    expect(extractFields('a: &r [*r, "x"]\n', ['a[][][]', 'a[]']).map((value) => value.path)).toEqual(['a[0][0][1]', 'a[1]'])
  })
})

describe('checkFieldPattern', () => {
  it('accepts the documented forms', () => {
    for (const pattern of ['bio', 'speakers[].bio', 'team.*.about', '[].description', 'events[].speakers[].bio', 'matrix[][]', 'speaker bio']) {
      expect(checkFieldPattern(pattern)).toBeUndefined()
    }
  })

  it('rejects empty patterns and empty segments with a clear message', () => {
    expect(checkFieldPattern('')).toMatch(/empty/)
    expect(checkFieldPattern('  ')).toMatch(/empty/)
    expect(checkFieldPattern('a..b')).toMatch(/"a\.\.b" has an empty segment/)
    expect(checkFieldPattern('.a')).toMatch(/empty segment/)
    expect(checkFieldPattern('a.')).toMatch(/empty segment/)
  })

  it('rejects misplaced brackets and stars', () => {
    expect(checkFieldPattern('a[]b')).toMatch(/"\[\]" must end the segment/)
    expect(checkFieldPattern('a[0]')).toMatch(/segment "a\[0\]"/)
    expect(checkFieldPattern('a.[]')).toMatch(/must follow a key/)
    expect(checkFieldPattern('te*m.about')).toMatch(/whole segment/)
  })
})
