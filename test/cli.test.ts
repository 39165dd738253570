// End to end: the built `pitchlint` command as a child process on the bundled examples.
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const BIN = new URL('../packages/pitchlint/bin/pitchlint.js', import.meta.url).pathname
const ROOT = new URL('..', import.meta.url).pathname

function run(...args: string[]) {
  const child = spawnSync(process.execPath, [BIN, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: child.status, stdout: child.stdout, stderr: child.stderr}
}

describe('pitchlint CLI', () => {
  it('reports the seed sentence as a vague target and exits 1 on a weak Dutch pitch', () => {
    const {code, stdout} = run('examples/vaag-nl.md')
    expect(code).toBe(1)
    expect(stdout).toContain('vague-target')
    expect(stdout).toContain('"iedereen voor mij een potentiële klant"')
    expect(stdout).toMatch(/score \d+\/100 · who ✓ what ✗ ask ✓/)
  })

  it('exits 0 on a strong pitch', () => {
    const {code, stdout} = run('examples/sterk-nl.md', 'examples/strong-en.md')
    expect(code).toBe(0)
    expect(stdout).toContain('No problems found.')
  })

  it('prints the result array with --format json, offsets matching the file', async () => {
    const {readFileSync} = await import('node:fs')
    const {code, stdout} = run('--format', 'json', 'examples/vague-en.md')
    expect(code).toBe(1)
    const results = JSON.parse(stdout)
    expect(results).toHaveLength(1)
    const [result] = results
    expect(result).toMatchObject({file: 'examples/vague-en.md', language: 'en', profile: 'networking-pitch'})
    expect(Object.keys(result.pillars)).toEqual(['who', 'what', 'ask'])
    expect(Object.keys(result.stats)).toEqual(['words', 'sentences', 'spokenSeconds', 'readability'])
    const text = readFileSync(`${ROOT}examples/vague-en.md`, 'utf8')
    for (const message of result.messages) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
  })

  it('exits 2 with a one-line message for a missing file or a bad option', () => {
    const missing = run('examples/nope.md')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('pitchlint: examples/nope.md: no such file or directory; check the path.\n')
    const badProfile = run('--profile', 'sales', 'examples/vaag-nl.md')
    expect(badProfile.code).toBe(2)
    expect(badProfile.stderr).toMatch(/unknown profile "sales"/)
    expect(run().code).toBe(2)
    expect(run('--wat').stderr).not.toMatch(/at .*\.js:\d+/)
  })

  it('applies --profile and --locale', () => {
    const {stdout} = run('--profile', 'speaker-bio', '--locale', 'en', 'examples/vaag-nl.md')
    expect(stdout).not.toContain('missing-ask')
    expect(stdout).toContain('names everyone as your target')
  })
})
