import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {UserError} from './errors.js'
import {configForFile, loadConfig} from './load.js'

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pitchlint-config-')), name)
  writeFileSync(path, content)
  return path
}

describe('loadConfig', () => {
  it('accepts a JSON config with a byte order mark', () => {
    expect(loadConfig(file('.pitchlintrc.json', '\ufeff{"rules": {"jargon": "off"}}')).rules).toEqual({jargon: 'off'})
  })

  it('turns a YAML alias bomb into a config error naming the file', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [previous, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const path = file('bomb.yaml', lines.join('\n'))
    expect(() => loadConfig(path)).toThrow(UserError)
    expect(() => loadConfig(path)).toThrow(/invalid YAML \(.*alias.*\); use fewer aliases\./)
  })

  it('rejects prototype keys without polluting Object.prototype', () => {
    for (const [name, content] of [
      ['a.json', '{"__proto__": {"polluted": true}}'],
      ['b.yaml', '__proto__:\n  polluted: true\n'],
      ['c.json', '{"constructor": {"prototype": {"polluted": true}}}'],
    ] as const) {
      expect(() => loadConfig(file(name, content))).toThrow(/unknown key/)
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('overrides', () => {
  const config = () =>
    loadConfig(
      file(
        '.pitchlintrc.yaml',
        [
          'extends: networking-pitch',
          'rules: {hedge: info, jargon: warning}',
          'allow: [Bakkerij Jansen]',
          'overrides:',
          '  - files: ["speakers/**", "*.bio.md"]',
          '    extends: speaker-bio',
          '    rules: {hedge: "off"}',
          '  - files: ["speakers/en/**"]',
          '    language: en',
          '    allow: [FreightFlow]',
        ].join('\n'),
      ),
    )

  it('applies every matching entry in order, relative to the config file', () => {
    const base = config()
    const dir = dirname(base.filepath!)
    const bio = configForFile(base, join(dir, 'speakers', 'en', 'dana.md'))
    expect(bio.profile).toBe('speaker-bio')
    expect(bio.language).toBe('en')
    expect(bio.rules).toEqual({hedge: 'off', jargon: 'warning'})
    expect(bio.allow).toEqual(['FreightFlow'])
    expect(configForFile(base, join(dir, 'jan.bio.md')).profile).toBe('speaker-bio')
  })

  it('leaves other files, and files outside the config folder, alone', () => {
    const base = config()
    const dir = dirname(base.filepath!)
    for (const path of [join(dir, 'pitch.md'), join(dir, '..', 'speakers', 'x.md')]) {
      const result = configForFile(base, path)
      expect(result.profile).toBe('networking-pitch')
      expect(result.rules).toEqual({hedge: 'info', jargon: 'warning'})
      expect(result.allow).toEqual(['Bakkerij Jansen'])
    }
  })

  it('reports a bad entry with its path: no files, an unknown key, an unknown rule', () => {
    expect(() => loadConfig(file('a.json', '{"overrides": [{"extends": "speaker-bio"}]}'))).toThrow(/overrides\[0\]: must have required property 'files'/)
    expect(() => loadConfig(file('b.json', '{"overrides": [{"files": ["x"], "profile": "speaker-bio"}]}'))).toThrow(/overrides\[0\]\.profile: unknown key; allowed keys: files, extends, language, locale, rules, allow, deny\./)
    expect(() => loadConfig(file('c.json', '{"overrides": [{"files": ["x"], "rules": {"hedges": "off"}}]}'))).toThrow(
      /overrides\[0\]\.rules\.hedges: unknown rule; did you mean "hedge"\?/,
    )
  })
})
