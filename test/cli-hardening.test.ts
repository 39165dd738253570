// The CLI against hostile file trees and configs: many files, symbolic link loops, unreadable inputs,
// broken or malicious configs, files that change during --fix, and regex-looking user words.
import {spawnSync} from 'node:child_process'
import {readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lint} from 'pitchlint'
import {lintFile, loadConfig, UserError, unambiguousEdits, applyEdits} from 'pitchlint/node'
import {writeFixed} from '../packages/pitchlint/src/fix.js'
import {BIN, fixture, pitchlint, type Run} from './helpers/cli.js'

const GOOD_EN =
  "I'm Dana Ruiz, a bookkeeper in Leeds. We do the books for 40 restaurants. " +
  'A great introduction for me is the owner of a restaurant in Leeds with 5 to 20 staff.\n'
const FIXABLE_NL = 'Ik ben Sanne, boekhouder in Utrecht.\n\nIndien u vragen heeft, bel mij.\n'

interface JsonResult {
  file: string
  field?: string
  messages: {ruleId: string; severity: string; offset: number; endOffset: number; actual: string; expected: string[]}[]
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[]
}

/** A stack trace line ("    at main (file:…)") never belongs in what a user sees. */
function expectNoStack(run: Run) {
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stdout).not.toMatch(/^\s+at /m)
}

/**
 * `pitchlint()` for inputs that could block (FIFOs, link loops): a watchdog kills a hung run, so a hang
 * fails the test with `signal: 'SIGKILL'` instead of stalling the whole suite. Not a timing assertion.
 */
function guarded(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run & {signal: NodeJS.Signals | null} {
  const childEnv: Record<string, string | undefined> = {...process.env, NO_COLOR: '1', ...env}
  delete childEnv['GITHUB_STEP_SUMMARY']
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: childEnv,
    input: '',
    timeout: 120_000,
    killSignal: 'SIGKILL',
    // JSON for 10,000 files is far more than spawnSync's default 1 MB of output.
    maxBuffer: 1024 * 1024 * 1024,
  })
  expect(child.error).toBeUndefined()
  return {code: child.status, stdout: child.stdout, stderr: child.stderr, signal: child.signal}
}

function mkfifo(path: string) {
  const made = spawnSync('mkfifo', [path])
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`)
}

describe('many files', () => {
  it('lints a folder of 10,000 small files, one result each', () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 10_000; index++) files[`part-${index % 100}/pitch-${index}.md`] = 'I bake bread.\n'
    const root = fixture(files)
    const run = guarded(root, ['--format', 'json', '.'])
    expect(run.signal).toBeNull()
    // "I bake bread." never says who the baker is looking for: missing-ask is an error.
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const results = json(run.stdout)
    expect(results).toHaveLength(10_000)
    expect(new Set(results.map((result) => result.file)).size).toBe(10_000)
    expect(results.every((result) => result.messages.some((message) => message.ruleId === 'missing-ask'))).toBe(true)
  }, 180_000)

  it('reports a broken config once, not once per file below it', () => {
    const files: Record<string, string> = {'.pitchlintrc.json': '{"rules": {"jargon": "loud"}}'}
    for (let index = 0; index < 200; index++) files[`bios/bio-${index}.md`] = GOOD_EN
    const run = pitchlint(fixture(files), ['bios'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^pitchlint: \.pitchlintrc\.json: rules\.jargon: must be/)])
    expectNoStack(run)
  })
})

describe('symbolic link loops', () => {
  function loops(): string {
    const root = fixture({'docs/good.md': GOOD_EN, 'docs/sub/note.txt': GOOD_EN})
    symlinkSync('b.md', join(root, 'docs/a.md'))
    symlinkSync('a.md', join(root, 'docs/b.md'))
    symlinkSync('..', join(root, 'docs/sub/up'))
    symlinkSync('.', join(root, 'docs/self'))
    symlinkSync('missing.md', join(root, 'docs/dangling.md'))
    return root
  }

  it('walks a folder with link loops and a link to its parent without following them, and lints the rest', () => {
    const run = guarded(loops(), ['--format', 'json', 'docs'])
    expect(run.signal).toBeNull()
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(json(run.stdout).map((result) => result.file)).toEqual(['docs/good.md', 'docs/sub/note.txt'])
  })

  it('lints through a named link to a folder once, without looping back', () => {
    const run = guarded(loops(), ['--format', 'json', 'docs/sub/up'])
    expect(run.signal).toBeNull()
    expect(run.code).toBe(0)
    expect(json(run.stdout).map((result) => result.file)).toEqual(['docs/sub/up/good.md', 'docs/sub/up/sub/note.txt'])
  })

  it('does not follow link loops matched by a glob', () => {
    const run = guarded(loops(), ['--format', 'json', 'docs/**/*.md'])
    expect(run.signal).toBeNull()
    expect(run.code).toBe(0)
    expect(json(run.stdout).map((result) => result.file)).toEqual(['docs/good.md'])
  })

  it.each([
    ['docs/a.md', 'pitchlint: docs/a.md: is a symbolic link loop; fix or remove the link.'],
    ['docs/dangling.md', 'pitchlint: docs/dangling.md: is a broken symbolic link; its target does not exist.'],
  ])('names a link that leads nowhere in one line and exits 2: %s', (input, message) => {
    const run = guarded(loops(), [input, 'docs/good.md'])
    expect(run.signal).toBeNull()
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`${message}\n`)
    expectNoStack(run)
  })
})

describe('unreadable inputs', () => {
  it('rejects a folder named like a file instead of passing it silently', () => {
    const root = fixture({'pitch.md/readme': 'not a pitch'})
    const run = pitchlint(root, ['pitch.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^pitchlint: pitch\.md: is a folder without files to lint \(\.md, .*\); check the path\.\n$/)
    expectNoStack(run)
  })

  it('refuses a named FIFO instead of waiting forever for a writer, and lints the other files', () => {
    const root = fixture({'good.md': GOOD_EN})
    mkfifo(join(root, 'pipe.md'))
    const run = guarded(root, ['--format', 'json', 'pipe.md', 'good.md'])
    expect(run.signal).toBeNull()
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('pitchlint: pipe.md: is not a regular file (a pipe, socket or device); pipe text to pitchlint --stdin instead.\n')
    expect(json(run.stdout).map((result) => result.file)).toEqual(['good.md'])
  })

  it('skips a FIFO found in a folder walk', () => {
    const root = fixture({'docs/good.md': GOOD_EN})
    mkfifo(join(root, 'docs/pipe.md'))
    const run = guarded(root, ['--format', 'json', 'docs'])
    expect(run.signal).toBeNull()
    expect(run.code).toBe(0)
    expect(json(run.stdout).map((result) => result.file)).toEqual(['docs/good.md'])
  })

  it('refuses unreadable files through the node API too', async () => {
    const root = fixture({'folder.md/x.md': GOOD_EN})
    mkfifo(join(root, 'pipe.md'))
    await expect(lintFile(join(root, 'pipe.md'))).rejects.toThrow(/is not a regular file/)
    await expect(lintFile(join(root, 'folder.md'))).rejects.toThrow(/is a directory/)
  })

  it('reports a file that crashes the linter against that file, and still lints and reports the others', () => {
    // Markdown nested 10,000 levels deep overflowed the stack in the Markdown-to-prose step (a core bug
    // at the time of writing). Whether or not it still does, the other file must be linted and reported.
    const root = fixture({'deep.md': `${'> '.repeat(10_000)}Ik zoek klanten.\n`, 'good.md': GOOD_EN})
    const run = guarded(root, ['--format', 'json', 'deep.md', 'good.md'])
    expect(run.signal).toBeNull()
    expectNoStack(run)
    const files = json(run.stdout).map((result) => result.file)
    expect(files).toContain('good.md')
    if (!files.includes('deep.md')) {
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^pitchlint: deep\.md: internal error: .+\. Please report this; run with PITCHLINT_DEBUG=1 for details\.\n$/)
    }
  })
})

describe('broken and hostile configs', () => {
  it.each([
    ['.pitchlintrc.json', '{\n  "rules": {\n    "jargon": "off"\n  ,}\n}\n', /^pitchlint: \.pitchlintrc\.json:4:\d+: invalid JSON \(.+\); fix the syntax\.\n$/],
    ['.pitchlintrc.yaml', 'language: nl\nrules:\n\tjargon: off\n', /^pitchlint: \.pitchlintrc\.yaml:3:1: invalid YAML \(Tabs .+\); fix the syntax\.\n$/],
    ['.pitchlintrc.yaml', 'language: nl\nrules:\n  jargon: off: on\n', /^pitchlint: \.pitchlintrc\.yaml:3:11: invalid YAML \(.+\); fix the syntax\.\n$/],
    ['.pitchlintrc.yaml', 'rules:\n  - jargon\n', /^pitchlint: \.pitchlintrc\.yaml: rules: must be object\.\n$/],
    ['.pitchlintrc.json', '[{"rules": {}}]', /^pitchlint: \.pitchlintrc\.json: the configuration must be an object/],
    ['.pitchlintrc.yaml', 'fields: [bio]\nallow: {fr: [x]}\n', /^pitchlint: \.pitchlintrc\.yaml: allow/],
    ['package.json', '{"name": "x", "pitchlint": {"extends": "sales-pitch"}}', /^pitchlint: package\.json: extends: must be one of/],
  ])('rejects %s with exit 2, naming file (and line), without a stack trace: %j', (name, content, message) => {
    const run = pitchlint(fixture({[name]: content, 'pitch.md': GOOD_EN}), ['pitch.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expectNoStack(run)
  })

  it('rejects a config named with --config that does not parse, naming the file and line', () => {
    const root = fixture({'ci/strict.json': '{"rules": {"jargon": "error"}\n"extends": "speaker-bio"}', 'pitch.md': GOOD_EN})
    const run = pitchlint(root, ['--config', 'ci/strict.json', 'pitch.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^pitchlint: ci\/strict\.json:2:1: invalid JSON/)
    expectNoStack(run)
  })

  it('stops a YAML alias bomb with a config error, not an internal error', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [previous, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const run = pitchlint(fixture({'.pitchlintrc.yaml': `${levels.join('\n')}\n`, 'pitch.md': GOOD_EN}), ['pitch.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^pitchlint: \.pitchlintrc\.yaml: invalid YAML \(.*alias.*\); use fewer aliases\.\n$/)
    expect(run.stderr).not.toContain('internal error')
  })

  it('accepts a JSON config saved with a byte order mark', () => {
    const root = fixture({'.pitchlintrc.json': '\ufeff{"rules": {"missing-ask": "off"}}', 'pitch.md': 'Ik ben Sanne, boekhouder in Utrecht.\n'})
    const run = pitchlint(root, ['--format', 'json', 'pitch.md'])
    expect(run.stderr).toBe('')
    expect(json(run.stdout)[0]!.messages.map((message) => message.ruleId)).not.toContain('missing-ask')
  })

  describe('prototype keys', () => {
    it.each([
      ['.pitchlintrc.json', '{"__proto__": {"polluted": true}, "rules": {}}', /^pitchlint: \.pitchlintrc\.json: __proto__: unknown key/],
      ['.pitchlintrc.json', '{"constructor": {"prototype": {"polluted": true}}}', /^pitchlint: \.pitchlintrc\.json: constructor: unknown key/],
      ['.pitchlintrc.json', '{"prototype": {"polluted": true}}', /^pitchlint: \.pitchlintrc\.json: prototype: unknown key/],
      ['.pitchlintrc.json', '{"rules": {"__proto__": {"polluted": true}}}', /^pitchlint: \.pitchlintrc\.json: rules\.__proto__: unknown rule/],
      ['.pitchlintrc.json', '{"rules": {"constructor": "off"}}', /^pitchlint: \.pitchlintrc\.json: rules\.constructor: unknown rule/],
      ['.pitchlintrc.json', '{"allow": {"__proto__": ["x"]}}', /^pitchlint: \.pitchlintrc\.json: allow/],
      ['.pitchlintrc.yaml', '__proto__:\n  polluted: true\n', /^pitchlint: \.pitchlintrc\.yaml: __proto__: unknown key/],
      ['.pitchlintrc.yaml', 'rules:\n  __proto__:\n    polluted: true\n', /^pitchlint: \.pitchlintrc\.yaml: rules\.__proto__: unknown rule/],
      ['package.json', '{"name": "x", "pitchlint": {"__proto__": {"polluted": true}}}', /^pitchlint: package\.json: __proto__: unknown key/],
    ])('rejects %s with %s in one line', (name, content, message) => {
      const run = pitchlint(fixture({[name]: content, 'pitch.md': GOOD_EN}), ['pitch.md'])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expectNoStack(run)
    })

    it('keeps prototype names in `deny` as plain words', () => {
      const root = fixture({
        '.pitchlintrc.yaml': 'language: en\ndeny:\n  __proto__: [hack]\n  constructor: [builder]\n  prototype: [model]\n',
        'pitch.md': 'I am Dana, a constructor in Leeds. I build a prototype for every client.\n',
      })
      const [result] = json(pitchlint(root, ['--format', 'json', 'pitch.md']).stdout)
      const jargon = result!.messages.filter((message) => message.ruleId === 'jargon')
      expect(jargon.map((message) => [message.actual, message.expected])).toEqual([
        ['constructor', ['builder']],
        ['prototype', ['model']],
      ])
    })

    it('never pollutes Object.prototype through the node API', async () => {
      const root = fixture({
        'proto.json': '{"__proto__": {"polluted": true}}',
        'nested.yaml': 'deny:\n  __proto__: {polluted: true}\n',
        'deny.json': '{"deny": {"__proto__": ["hack"], "constructor": ["builder"]}, "allow": ["__proto__", "prototype"]}',
        'pitch.md': 'I am Dana, a constructor in Leeds. I build a prototype for every client.\n',
      })
      expect(() => loadConfig(join(root, 'proto.json'))).toThrow(UserError)
      expect(() => loadConfig(join(root, 'nested.yaml'))).toThrow(UserError)
      const config = loadConfig(join(root, 'deny.json'))
      const report = await lintFile(join(root, 'pitch.md'), {config, language: 'en'})
      const jargon = report.results[0]!.messages.filter((message) => message.ruleId === 'jargon')
      expect(jargon.map((message) => message.actual)).toEqual(['constructor'])
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect(Object.getPrototypeOf(config.deny)).toBe(Object.prototype)
    })
  })
})

describe('--fix on a file that changes during the run', () => {
  it('writeFixed keeps what the user saved after linting, and writes when nothing changed', async () => {
    const root = fixture({'pitch.md': FIXABLE_NL})
    const path = join(root, 'pitch.md')
    const report = await lintFile(path)
    const fixed = applyEdits(report.source, unambiguousEdits(report.source, report.results.flatMap((result) => result.messages)))
    expect(fixed).toContain('Als u vragen heeft')

    const saved = `${FIXABLE_NL}Ik zoek bakkers in Utrecht.\n`
    writeFileSync(path, saved)
    expect(await writeFixed(path, report.source, fixed)).toBe('changed')
    expect(readFileSync(path, 'utf8')).toBe(saved)

    writeFileSync(path, FIXABLE_NL)
    expect(await writeFixed(path, report.source, fixed)).toBe('written')
    expect(readFileSync(path, 'utf8')).toBe(fixed)
  })

  it('the CLI writes nothing, says so in one line and exits 2 when the file changed after it was read', () => {
    // A preloaded module appends to pitch.md right after pitchlint's first read of it, deterministically,
    // as an editor saving during the run would.
    const root = fixture({
      'pitch.md': FIXABLE_NL,
      'other.md': FIXABLE_NL,
      'race.mjs': [
        "import fs from 'node:fs'",
        "import {syncBuiltinESMExports} from 'node:module'",
        'const readFile = fs.promises.readFile',
        'let reads = 0',
        'fs.promises.readFile = async function (path, ...rest) {',
        '  const content = await readFile.call(this, path, ...rest)',
        "  if (String(path).endsWith('/pitch.md') && ++reads === 1) fs.appendFileSync(path, 'Ik zoek bakkers in Utrecht.\\n')",
        '  return content',
        '}',
        'syncBuiltinESMExports()',
        '',
      ].join('\n'),
    })
    const run = guarded(root, ['--fix', 'pitch.md', 'other.md'], {NODE_OPTIONS: `--import=${pathToFileURL(join(root, 'race.mjs')).href}`})
    expect(run.signal).toBeNull()
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('pitchlint: pitch.md: changed while pitchlint ran; nothing was written. Run pitchlint --fix again.\n')
    expect(readFileSync(join(root, 'pitch.md'), 'utf8')).toBe(`${FIXABLE_NL}Ik zoek bakkers in Utrecht.\n`)
    // The file nobody touched is still fixed.
    expect(readFileSync(join(root, 'other.md'), 'utf8')).toBe('Ik ben Sanne, boekhouder in Utrecht.\n\nAls u vragen heeft, bel mij.\n')
  })
})

describe('user words are literal, never regular expressions', () => {
  const EVIL = '(a+)+$'
  const jargonOf = (messages: readonly {ruleId: string; actual: string}[]) => messages.filter((m) => m.ruleId === 'jargon').map((m) => m.actual)

  for (const language of ['en', 'nl'] as const) {
    for (const syntax of ['text', 'markdown'] as const) {
      it(`treats ${EVIL} in deny and allow as text, and returns on 50,000 a's (${language}, ${syntax})`, async () => {
        const long = `${'a'.repeat(50_000)}!`
        const denied = await lint(long, {language, syntax, deny: {[EVIL]: ['x'], 'a+': ['y']}})
        expect(jargonOf(denied.messages)).toEqual([])
        const allowed = await lint(long, {language, syntax, allow: [EVIL, '.*']})
        expect(allowed.messages.every((message) => long.slice(message.offset, message.endOffset) === message.actual)).toBe(true)

        // As a regex, (a+)+$ would match "aaaa" and "a+" would match "a"; as text they match neither.
        const words = await lint(`Ik ben Sanne. I help bakers: aaaa, a, aa and ${EVIL} daily.`, {language, syntax, deny: {[EVIL]: ['x'], 'a+': ['y']}})
        expect(jargonOf(words.messages)).toEqual([])
      })

      it(`matches deny and allow phrases with regex characters literally (${language}, ${syntax})`, async () => {
        const text = 'Ik ben Sanne. I reply a.s.a.p. and not axsxaxpx, 24/7 and not 24x7. Wij ontzorgen kappers.'
        const denied = await lint(text, {language, syntax, deny: {'a.s.a.p.': ['soon'], '24/7': ['always']}})
        expect(jargonOf(denied.messages)).toEqual(expect.arrayContaining(['a.s.a.p.', '24/7']))
        expect(jargonOf(denied.messages)).not.toContain('axsxaxpx')
        expect(jargonOf(denied.messages)).not.toContain('24x7')
        // "ontzorg.n" or ".*" as a regex would allow "ontzorgen"; as text they allow nothing.
        const allowed = await lint(text, {language: 'nl', syntax, allow: ['ontzorg.n', '.*', EVIL]})
        expect(jargonOf(allowed.messages)).toContain('ontzorgen')
      })
    }
  }

  it('the CLI takes deny, allow and fields patterns literally', () => {
    const data = {[EVIL]: 'We utilize drones to inspect gutters.', aaaa: 'We utilize ladders.', long: `${'a'.repeat(50_000)}!`}
    const root = fixture({
      '.pitchlintrc.json': JSON.stringify({language: 'en', deny: {[EVIL]: ['x']}, allow: ['.*'], fields: [EVIL, 'long']}),
      'team.json': JSON.stringify(data, null, 2),
    })
    const run = pitchlint(root, ['--format', 'json', 'team.json'])
    expect(run.stderr).toBe('')
    const results = json(run.stdout)
    expect(results.map((result) => result.field)).toEqual([EVIL, 'long'])
    expect(jargonOf(results[0]!.messages)).toEqual(['utilize'])
    expect(jargonOf(results[1]!.messages)).toEqual([])
  })
})

describe('odd line endings and a byte order mark', () => {
  // Files are read as editors show them: a byte order mark is not part of the text, so offsets and
  // columns count from the character after it.
  const body = 'Ik ben Sanne.\r\n\r\nWij ontzorgen kappers.\rIndien u wilt, bel mij.\r\n'

  it('keep offsets exact in the CLI output, Markdown and plain text', () => {
    const root = fixture({'pitch.md': `\ufeff${body}`, 'pitch.txt': `\ufeff${body}`})
    for (const file of ['pitch.md', 'pitch.txt']) {
      const [result] = json(pitchlint(root, ['--format', 'json', file]).stdout)
      expect(result!.messages.map((message) => message.actual)).toEqual(expect.arrayContaining(['ontzorgen', 'Indien']))
      for (const message of result!.messages) expect(body.slice(message.offset, message.endOffset)).toBe(message.actual)
    }
  })

  it('--fix fixes a file with a byte order mark and CRLF, and keeps both', () => {
    const root = fixture({'pitch.md': `\ufeff${body}`})
    const run = pitchlint(root, ['--fix', 'pitch.md'])
    expect(run.stderr).toBe('')
    expect(readFileSync(join(root, 'pitch.md'), 'utf8')).toBe(`\ufeff${body.replace('Indien', 'Als')}`)
  })
})
