// The CLI as a CI tool: config discovery, inputs, data files, control comments, fixes, formats, exit codes.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import Ajv from 'ajv-draft-04'
import {fixture, pitchlint} from './helpers/cli.js'

const WEAK_NL = 'Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.\n'
const JARGON_NL = 'Ik ben Sanne, boekhouder in Utrecht. Wij ontzorgen kappers. Indien u vragen heeft, bel mij.\n'
const GOOD_EN =
  "I'm Dana Ruiz, a bookkeeper in Leeds. We do the books for 40 restaurants. " +
  'A great introduction for me is the owner of a restaurant in Leeds with 5 to 20 staff.\n'

function json(stdout: string) {
  return JSON.parse(stdout) as {file: string; field?: string; profile?: string; messages: {ruleId: string; severity: string; line: number; column: number; offset: number; endOffset: number; actual: string}[]}[]
}

describe('config', () => {
  it('uses the nearest config file, searching upwards from each file', () => {
    const root = fixture({
      '.pitchlintrc.json': JSON.stringify({rules: {jargon: 'off'}}),
      'a/pitch.md': JARGON_NL,
      'b/.pitchlintrc.yaml': 'rules:\n  jargon: error\n',
      'b/pitch.md': JARGON_NL,
    })
    const results = json(pitchlint(root, ['--format', 'json', 'a/pitch.md', 'b/pitch.md']).stdout)
    const jargon = (file: string) => results.find((result) => result.file === file)!.messages.filter((m) => m.ruleId === 'jargon')
    expect(jargon('a/pitch.md')).toEqual([])
    expect(jargon('b/pitch.md').map((m) => m.severity)).toEqual(['error', 'error'])
  })

  it('reads package.json#pitchlint, and --config overrides the search', () => {
    const root = fixture({
      'package.json': JSON.stringify({name: 'x', pitchlint: {extends: 'speaker-bio'}}),
      'pitch.md': WEAK_NL,
      'strict.yaml': 'rules:\n  hedge: error\n',
    })
    const fromPackage = json(pitchlint(root, ['--format', 'json', 'pitch.md']).stdout)[0]!
    expect(fromPackage.messages.some((m) => m.ruleId === 'missing-ask' || m.ruleId === 'unspecific-ask')).toBe(false)
    const forced = json(pitchlint(root, ['--format', 'json', '--config', 'strict.yaml', 'pitch.md']).stdout)[0]!
    expect(forced.messages.find((m) => m.ruleId === 'hedge')!.severity).toBe('error')
  })

  it.each([
    ['{"rules": {"jargon": "off",}}', /\.pitchlintrc\.json:1:\d+: invalid JSON/],
    ['{"rules": {"jargn": "off"}}', /\.pitchlintrc\.json: rules\.jargn: unknown rule; did you mean "jargon"\?/],
    ['{"rules": {"jargon": "loud"}}', /\.pitchlintrc\.json: rules\.jargon: must be/],
    ['{"extends": "sales-pitch"}', /extends: must be one of "networking-pitch"/],
    ['{"colour": true}', /colour: unknown key; allowed keys: extends, language/],
    ['{"__proto__": {"polluted": true}}', /__proto__: unknown key/],
  ])('rejects a bad config with exit 2 and names file, key and what is allowed: %s', (config, message) => {
    const root = fixture({'.pitchlintrc.json': config, 'pitch.md': GOOD_EN})
    const run = pitchlint(root, ['pitch.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('reports invalid YAML with its line', () => {
    const root = fixture({'.pitchlintrc.yaml': 'rules:\n  jargon: [error\n', 'pitch.md': GOOD_EN})
    const run = pitchlint(root, ['pitch.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\.pitchlintrc\.yaml:\d+:\d+: invalid YAML/)
  })

  it('writes a commented starter config in the folder’s language with --init, once', () => {
    const root = fixture({'pitch.md': WEAK_NL})
    expect(pitchlint(root, ['--init']).code).toBe(0)
    const written = readFileSync(join(root, '.pitchlintrc.yaml'), 'utf8')
    expect(written).toContain('# pitchlint-configuratie')
    expect(written).toContain('language: nl')
    expect(pitchlint(root, ['pitch.md']).code).toBe(1)
    expect(pitchlint(root, ['--init']).code).toBe(2)
  })
})

describe('inputs', () => {
  it('expands directories and globs, honours .pitchlintignore and config ignore', () => {
    const root = fixture({
      '.pitchlintignore': 'drafts/\n',
      '.pitchlintrc.json': JSON.stringify({ignore: ['**/old-*.md']}),
      'bios/anna.md': GOOD_EN,
      'bios/old-bert.md': WEAK_NL,
      'bios/notes.txt': GOOD_EN,
      'drafts/wip.md': WEAK_NL,
      'node_modules/x/readme.md': WEAK_NL,
    })
    const files = json(pitchlint(root, ['--format', 'json', '.']).stdout).map((result) => result.file)
    expect(files.sort()).toEqual(['bios/anna.md', 'bios/notes.txt'])
    const globbed = json(pitchlint(root, ['--format', 'json', 'bios/*.md']).stdout).map((result) => result.file)
    expect(globbed).toEqual(['bios/anna.md'])
  })

  it('lints only Markdown prose: not code, front matter or HTML, with positions in the original file', () => {
    const text = '---\ntitle: indien derhalve\n---\n\n# Over mij\n\nIk ben Sanne. Wij ontzorgen kappers.\n\n```\nindien derhalve\n```\n\n<p>indien</p>\n'
    const root = fixture({'pitch.md': text})
    const [result] = json(pitchlint(root, ['--format', 'json', 'pitch.md']).stdout)
    const jargon = result!.messages.filter((m) => m.ruleId === 'jargon')
    expect(jargon.map((m) => [m.actual, m.line, m.column])).toEqual([['ontzorgen', 7, 19]])
    for (const m of result!.messages) expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
  })

  it('lints stdin, using --stdin-filename for config lookup and syntax', () => {
    const root = fixture({'.pitchlintrc.json': JSON.stringify({rules: {hedge: 'off'}})})
    const run = pitchlint(root, ['--stdin', '--stdin-filename', 'pitch.txt', '--format', 'json'], {input: WEAK_NL})
    expect(run.code).toBe(1)
    const [result] = json(run.stdout)
    expect(result!.file).toBe('pitch.txt')
    expect(result!.messages.some((m) => m.ruleId === 'vague-target')).toBe(true)
    expect(result!.messages.some((m) => m.ruleId === 'hedge')).toBe(false)
  })

  it('reports an unreadable, binary or non-UTF-8 file in one line, lints the rest, exits 2', () => {
    const root = fixture({
      'good.md': GOOD_EN,
      'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.md': Buffer.from([0x49, 0x6b, 0x20, 0xe9, 0xe9, 0x6e]),
    })
    const run = pitchlint(root, ['--format', 'json', 'good.md', 'image.md', 'latin1.md', 'missing.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('pitchlint: missing.md: no such file or directory; check the path.')
    const stdoutFiles = (() => {
      try {
        return json(run.stdout).map((result) => result.file)
      } catch {
        return []
      }
    })()
    expect(stdoutFiles).toEqual([])
    const lintable = pitchlint(root, ['--format', 'json', 'good.md', 'image.md', 'latin1.md'])
    expect(lintable.code).toBe(2)
    expect(lintable.stderr).toContain('pitchlint: image.md: looks like a binary file')
    expect(lintable.stderr).toContain('pitchlint: latin1.md: is not valid UTF-8')
    expect(json(lintable.stdout).map((result) => result.file)).toEqual(['good.md'])
  })
})

describe('data files', () => {
  const yaml = [
    'event: Ondernemersontbijt',
    'speakers:',
    '  - name: Sanne',
    '    bio: Sanne de Vries is boekhouder in Utrecht. Zij ontzorgt kappers.',
    '  - name: Dana',
    '    bio: |',
    '      Dana Ruiz is a bookkeeper in Leeds.',
    '      She helps restaurants leverage their data.',
    '',
  ].join('\n')

  it('lints configured YAML fields, each as its own text, with exact positions in the file', () => {
    const root = fixture({'.pitchlintrc.json': JSON.stringify({extends: 'speaker-bio', fields: ['speakers[].bio']}), 'speakers.yaml': yaml})
    const results = json(pitchlint(root, ['--format', 'json', 'speakers.yaml']).stdout)
    expect(results.map((result) => result.field)).toEqual(['speakers[0].bio', 'speakers[1].bio'])
    const [sanne, dana] = results.map((result) => result.messages.find((m) => m.ruleId === 'jargon')!)
    expect([sanne!.actual, sanne!.line, sanne!.column]).toEqual(['ontzorgt', 4, 55])
    expect([dana!.actual, dana!.line, dana!.column]).toEqual(['leverage', 8, 29])
    for (const m of [sanne!, dana!]) expect(yaml.slice(m.offset, m.endOffset)).toBe(m.actual)
  })

  it('applies config overrides per file: a bio folder with its own profile, also with --config', () => {
    const bio = 'Dana Reyes is a bookkeeper in Leeds. She does the books for independent restaurants.\n'
    const config = JSON.stringify({overrides: [{files: ['bios/**'], extends: 'speaker-bio'}]})
    const root = fixture({'.pitchlintrc.json': config, 'bios/dana.md': bio, 'pitch.md': bio})
    const byFile = (args: string[]) =>
      Object.fromEntries(json(pitchlint(root, ['--format', 'json', ...args]).stdout).map((result) => [result.file, result.profile]))
    expect(byFile(['.'])).toEqual({[join('bios', 'dana.md')]: 'speaker-bio', 'pitch.md': 'networking-pitch'})
    expect(byFile(['--config', '.pitchlintrc.json', '.'])).toEqual({[join('bios', 'dana.md')]: 'speaker-bio', 'pitch.md': 'networking-pitch'})
    const missingAsk = (file: string) =>
      json(pitchlint(root, ['--format', 'json', file]).stdout)[0]!.messages.some((message) => message.ruleId === 'missing-ask')
    expect(missingAsk(join('bios', 'dana.md'))).toBe(false)
    expect(missingAsk('pitch.md')).toBe(true)
  })

  it('lints JSON fields with wildcards', () => {
    const data = JSON.stringify({team: {anna: {about: 'Anna helps bakeries leverage their data.'}, bert: {about: 42}}}, null, 2)
    const root = fixture({'.pitchlintrc.yaml': 'fields:\n  - team.*.about\n', 'team.json': data})
    const [result] = json(pitchlint(root, ['--format', 'json', 'team.json']).stdout)
    expect(result!.field).toBe('team.anna.about')
    const jargon = result!.messages.find((m) => m.ruleId === 'jargon')!
    expect(data.slice(jargon.offset, jargon.endOffset)).toBe('leverage')
  })

  it('asks for `fields` when a data file is named without them, and skips data files in folders', () => {
    const root = fixture({'speakers.yaml': yaml, 'pitch.md': GOOD_EN})
    const named = pitchlint(root, ['speakers.yaml'])
    expect(named.code).toBe(2)
    expect(named.stderr).toMatch(/speakers\.yaml: is a data file, but no `fields` are configured/)
    expect(pitchlint(root, ['./speakers.yaml']).code).toBe(2)
    expect(json(pitchlint(root, ['--format', 'json', '.']).stdout).map((result) => result.file)).toEqual(['pitch.md'])
  })

  it('reports a YAML syntax error with its line and exits 2', () => {
    const root = fixture({'.pitchlintrc.json': JSON.stringify({fields: ['bio']}), 'bio.yaml': 'bio: "unclosed\nname: x\n'})
    const run = pitchlint(root, ['bio.yaml'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^pitchlint: bio\.yaml:\d+:\d+: /)
  })
})

describe('control comments', () => {
  it('honours disable, enable and disable-next-line, and reports unused disables on request', () => {
    const text = [
      'Ik ben Sanne, boekhouder in Utrecht. Wij ontzorgen kappers.',
      '',
      '<!-- pitchlint-disable-next-line jargon -->',
      'Indien u vragen heeft, bel mij.',
      '',
      '<!-- pitchlint-disable hedge -->',
      'Ik ben eigenlijk ook kapper.',
      '<!-- pitchlint-enable hedge -->',
      '',
      '<!-- pitchlint-disable unexplained-acronym -->',
      'Derhalve bel ik u.',
      '',
      '<!-- pitchlint-disable jargn -->',
      '',
    ].join('\n')
    const root = fixture({'pitch.md': text})
    const [result] = json(pitchlint(root, ['--format', 'json', '--report-unused-disables', 'pitch.md']).stdout)
    const flagged = result!.messages.map((m) => `${m.ruleId}:${m.line}`)
    expect(flagged).toContain('jargon:1')
    expect(flagged).not.toContain('jargon:4')
    expect(flagged).not.toContain('hedge:7')
    expect(flagged).toContain('jargon:11')
    expect(flagged).toContain('control-comment:10')
    expect(flagged).toContain('control-comment:13')
  })
})

describe('fixes', () => {
  it('applies unambiguous fixes atomically, only inside flagged spans, and a second run changes nothing', () => {
    const text = 'Ik ben Sanne, boekhouder in Utrecht.\n\nIndien u vragen heeft, bel mij. Ik ben eigenlijk ook kapper.\n'
    const root = fixture({'pitch.md': text})
    pitchlint(root, ['--fix', 'pitch.md'])
    const once = readFileSync(join(root, 'pitch.md'), 'utf8')
    expect(once).toBe('Ik ben Sanne, boekhouder in Utrecht.\n\nAls u vragen heeft, bel mij. Ik ben ook kapper.\n')
    pitchlint(root, ['--fix', 'pitch.md'])
    expect(readFileSync(join(root, 'pitch.md'), 'utf8')).toBe(once)
  })

  it('prints a unified diff with --fix-dry-run and leaves the file alone', () => {
    const text = 'Ik ben Sanne. Indien u vragen heeft, bel mij.\n'
    const root = fixture({'pitch.md': text})
    const run = pitchlint(root, ['--fix-dry-run', 'pitch.md'])
    expect(run.stdout).toContain('--- a/pitch.md')
    expect(run.stdout).toContain('-Ik ben Sanne. Indien u vragen heeft, bel mij.')
    expect(run.stdout).toContain('+Ik ben Sanne. Als u vragen heeft, bel mij.')
    expect(readFileSync(join(root, 'pitch.md'), 'utf8')).toBe(text)
  })
})

describe('formats and exit codes', () => {
  it('prints valid SARIF 2.1.0 with rule metadata and fixes', () => {
    const root = fixture({'pitch.md': 'Ik ben Sanne. Indien u vragen heeft, bel mij.\n'})
    const run = pitchlint(root, ['--format', 'sarif', 'pitch.md'])
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout)
    const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
    const ajv = new Ajv.default({strict: false, validateFormats: false})
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors)).toBe(true)
    const [sarifRun] = log.runs
    expect(sarifRun.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('jargon')
    const jargon = sarifRun.results.find((result: {ruleId: string}) => result.ruleId === 'jargon')
    expect(jargon.locations[0].physicalLocation.artifactLocation.uri).toBe('pitch.md')
    expect(jargon.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('Als')
  })

  it('prints GitHub annotations and appends a Markdown summary to $GITHUB_STEP_SUMMARY', () => {
    const root = fixture({'pitch.md': WEAK_NL, 'summary.md': ''})
    const summary = join(root, 'summary.md')
    const run = pitchlint(root, ['--format', 'github', 'pitch.md'], {env: {GITHUB_STEP_SUMMARY: summary}})
    expect(run.stdout).toMatch(/^::warning file=pitch\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=pitchlint vague-target::/m)
    expect(readFileSync(summary, 'utf8')).toContain('pitch.md')
  })

  it('exits 0 on a clean file, 1 on errors or too many warnings, and --quiet shows errors only', () => {
    const root = fixture({'good.md': GOOD_EN, 'weak.md': WEAK_NL, '.pitchlintrc.json': JSON.stringify({rules: {'missing-what': 'warning'}})})
    expect(pitchlint(root, ['good.md']).code).toBe(0)
    expect(pitchlint(root, ['weak.md']).code).toBe(0)
    expect(pitchlint(root, ['--max-warnings', '1', 'weak.md']).code).toBe(1)
    expect(pitchlint(root, ['--max-warnings', 'many', 'weak.md']).code).toBe(2)
    const quiet = json(pitchlint(root, ['--quiet', '--format', 'json', 'weak.md']).stdout)[0]!
    expect(quiet.messages.every((m) => m.severity === 'error')).toBe(true)
    expect(existsSync(join(root, '.pitchlintrc.yaml'))).toBe(false)
  })

  it('explains a rule from the bundled docs', () => {
    const run = pitchlint(fixture({}), ['--explain', 'vague-target'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^# vague-target/)
  })
})
