import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {UserError} from './errors.js'
import {loadConfig} from './load.js'

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
