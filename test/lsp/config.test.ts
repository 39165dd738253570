// The language server and configuration: "allow this word" writing config files, watched config files,
// invalid config, client settings and data files.
import {readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {
  CodeActionRequest,
  DiagnosticSeverity,
  ExecuteCommandRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js'
import {afterEach, describe, expect, it} from 'vitest'
import {TestClient, uriOf, workspace} from './client.js'

const PITCH = '# Mijn pitch\n\nIk zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.\nIndien u vragen heeft, bel mij.\n'

let client: TestClient | undefined
afterEach(() => {
  client?.kill()
  client = undefined
})

/** `settings: null`: a client without workspace/configuration. */
async function start(files: Record<string, string> = {}, settings: Record<string, unknown> | null = {debounce: 50}) {
  client = await TestClient.start(workspace(files), settings === null ? {} : {settings})
  return client
}

const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((diagnostic) => diagnostic.code)
const hasJargon = (params: PublishDiagnosticsParams) => codes(params).includes('jargon')
const noJargon = (params: PublishDiagnosticsParams) => !hasJargon(params) && codes(params).includes('hedge')

async function allowAction(uri: string, diagnostic: Diagnostic): Promise<CodeAction> {
  const actions = (await client!.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: diagnostic.range,
    context: {diagnostics: [diagnostic]},
  })) as CodeAction[]
  const action = actions.find((candidate) => candidate.title.startsWith('Allow'))
  if (!action?.command) throw new Error(`no allow action among ${actions.map((candidate) => candidate.title).join(', ')}`)
  return action
}

async function run(action: CodeAction): Promise<{applied: boolean; configUri?: string; message: string}> {
  return client!.connection.sendRequest(ExecuteCommandRequest.type, {
    command: action.command!.command,
    arguments: action.command!.arguments ?? [],
  }) as Promise<{applied: boolean; configUri?: string; message: string}>
}

describe('allow this word', () => {
  it('creates .pitchlintrc.json at the workspace root, and the finding goes away', async () => {
    const lsp = await start({'docs/readme.txt': 'no config here'})
    const uri = await lsp.open('docs/pitch.md', PITCH)
    const first = await lsp.version(uri, 1)
    const jargon = first.diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
    const action = await allowAction(uri, jargon)
    expect(action.title).toBe('Allow “Indien” in this workspace')
    const result = await run(action)
    expect(result).toMatchObject({applied: true, configUri: uriOf(lsp.root, '.pitchlintrc.json')})
    expect(JSON.parse(readFileSync(join(lsp.root, '.pitchlintrc.json'), 'utf8'))).toEqual({allow: ['Indien']})
    const after = await lsp.diagnostics(uri, noJargon, 'diagnostics without the allowed jargon')
    expect(after.version).toBe(1)
    await lsp.message((message) => message.message.includes('Created .pitchlintrc.json'), 'a message naming the created file')
  })

  it('edits an existing .pitchlintrc.yaml through workspace/applyEdit, keeping its comments', async () => {
    const yaml = '# Team config: reviewed by Anna\nextends: networking-pitch # the default\n\n# Words we use on purpose\nallow:\n  - Acme # our product\nrules:\n  missing-proof: info\n'
    const lsp = await start({'.pitchlintrc.yaml': yaml})
    const uri = await lsp.open('pitch.md', PITCH)
    const jargon = (await lsp.version(uri, 1)).diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
    const result = await run(await allowAction(uri, jargon))
    expect(result.applied).toBe(true)
    expect(lsp.appliedEdits).toHaveLength(1)
    expect(readFileSync(join(lsp.root, '.pitchlintrc.yaml'), 'utf8')).toBe(yaml.replace('  - Acme # our product\n', '  - Acme # our product\n  - Indien\n'))
    await lsp.diagnostics(uri, noJargon, 'diagnostics without the allowed jargon')
  })

  it('adds to package.json#pitchlint with the file’s own indentation, and a per-language allow list', async () => {
    const pkg = '{\n\t"name": "team-bios",\n\t"pitchlint": {\n\t\t"allow": {\n\t\t\t"en": ["Acme"]\n\t\t}\n\t}\n}\n'
    const lsp = await start({'package.json': pkg})
    const uri = await lsp.open('pitch.md', PITCH)
    const jargon = (await lsp.version(uri, 1)).diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
    expect((await run(await allowAction(uri, jargon))).applied).toBe(true)
    const written = readFileSync(join(lsp.root, 'package.json'), 'utf8')
    expect(JSON.parse(written)).toEqual({name: 'team-bios', pitchlint: {allow: {en: ['Acme'], nl: ['Indien']}}})
    expect(written).toBe('{\n\t"name": "team-bios",\n\t"pitchlint": {\n\t\t"allow": {\n\t\t\t"en": ["Acme"],\n\t\t\t"nl": ["Indien"]\n\t\t}\n\t}\n}\n')
    await lsp.diagnostics(uri, noJargon, 'diagnostics without the allowed jargon')
  })

  it('appends to an existing JSON allow list without reformatting the rest', async () => {
    const json = '{\n  "extends": "networking-pitch",\n  "rules": {"missing-proof": "off"},\n  "allow": [\n    "Acme"\n  ]\n}\n'
    const lsp = await start({'.pitchlintrc.json': json})
    const uri = await lsp.open('pitch.md', PITCH)
    const jargon = (await lsp.version(uri, 1)).diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
    expect((await run(await allowAction(uri, jargon))).applied).toBe(true)
    expect(readFileSync(join(lsp.root, '.pitchlintrc.json'), 'utf8')).toBe(json.replace('    "Acme"\n', '    "Acme",\n    "Indien"\n'))
    // A second time: nothing to add.
    const again = await run(await allowAction(uri, jargon))
    expect(again).toMatchObject({applied: false, message: expect.stringContaining('already')})
  })

  it('offers no allow action for rules that do not read the allow list', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    const missing = (await lsp.version(uri, 1)).diagnostics.find((diagnostic) => diagnostic.code === 'missing-what')!
    await expect(allowAction(uri, missing)).rejects.toThrow(/no allow action/)
  })
})

describe('workspace config files', () => {
  it('re-reads the config after workspace/didChangeWatchedFiles', async () => {
    const lsp = await start()
    await lsp.registration('workspace/didChangeWatchedFiles')
    const uri = await lsp.open('pitch.md', PITCH)
    expect(hasJargon(await lsp.version(uri, 1))).toBe(true)
    writeFileSync(join(lsp.root, '.pitchlintrc.json'), '{"allow": ["Indien"]}\n')
    await lsp.filesChanged('.pitchlintrc.json')
    await lsp.diagnostics(uri, noJargon, 'diagnostics after the config change')
  })

  it('reads an edited config again at the next lint, for clients that do not watch files', async () => {
    const lsp = await start({'.pitchlintrc.json': '{"allow": ["Acme"]}\n'})
    const uri = await lsp.open('pitch.md', PITCH)
    expect(hasJargon(await lsp.version(uri, 1))).toBe(true)
    const config = join(lsp.root, '.pitchlintrc.json')
    writeFileSync(config, '{"allow": ["Acme", "Indien"]}\n')
    utimesSync(config, new Date(), new Date(Date.now() + 60_000))
    const version = await lsp.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, text: '\n'}])
    expect(noJargon(await lsp.version(uri, version))).toBe(true)
  })

  it('shows an invalid config as one diagnostic, keeps serving, and recovers when it is fixed', async () => {
    const lsp = await start({'.pitchlintrc.json': '{"allow": ["Indien",\n'})
    const uri = await lsp.open('pitch.md', PITCH)
    const {diagnostics} = await lsp.version(uri, 1)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      code: 'config',
      source: 'pitchlint',
      severity: DiagnosticSeverity.Error,
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 12}},
    })
    expect(diagnostics[0]!.message).toMatch(/\.pitchlintrc\.json.*invalid JSON/)
    expect(diagnostics[0]!.relatedInformation?.[0]?.location.uri).toBe(uriOf(lsp.root, '.pitchlintrc.json'))
    const report = (await lsp.connection.sendRequest('pitchlint/report', {uri})) as {status: string}
    expect(report.status).toBe('config-error')
    // The server still serves: an edit gets its (config) diagnostic for the new version.
    const version = await lsp.change(uri, [{range: {start: {line: 0, character: 2}, end: {line: 0, character: 6}}, text: 'Onze'}])
    expect(codes(await lsp.version(uri, version))).toEqual(['config'])
    writeFileSync(join(lsp.root, '.pitchlintrc.json'), '{"allow": ["Acme"]}\n')
    await lsp.filesChanged('.pitchlintrc.json')
    const fixed = await lsp.diagnostics(uri, hasJargon, 'normal diagnostics after the config is fixed')
    expect(codes(fixed)).not.toContain('config')
  })

  it('applies overrides by the document path: a profile and rules for some folders only', async () => {
    const config = {overrides: [{files: ['bios/**'], extends: 'speaker-bio', rules: {jargon: 'off'}}]}
    const lsp = await start({'.pitchlintrc.json': JSON.stringify(config)})
    const bio = await lsp.open('bios/sanne.md', PITCH)
    const pitch = await lsp.open('pitch.md', PITCH)
    const bioCodes = codes(await lsp.version(bio, 1))
    const pitchCodes = codes(await lsp.version(pitch, 1))
    expect(bioCodes).not.toContain('jargon')
    expect(bioCodes).not.toContain('unspecific-ask')
    expect(pitchCodes).toContain('jargon')
    expect(pitchCodes).toContain('unspecific-ask')
  })

  it('honours the config ignore list', async () => {
    const lsp = await start({'.pitchlintrc.json': '{"ignore": ["drafts/**"]}'})
    const uri = await lsp.open('drafts/pitch.md', PITCH)
    expect((await lsp.version(uri, 1)).diagnostics).toEqual([])
    const report = (await lsp.connection.sendRequest('pitchlint/report', {uri})) as {status: string}
    expect(report.status).toBe('ignored')
  })
})

describe('client settings', () => {
  it('maps severities one level down with diagnosticLevel "hint"', async () => {
    const lsp = await start({}, {diagnosticLevel: 'hint'})
    const uri = await lsp.open('pitch.md', PITCH)
    const {diagnostics} = await lsp.version(uri, 1)
    const severity = (code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)?.severity
    expect(severity('missing-what')).toBe(DiagnosticSeverity.Warning)
    expect(severity('jargon')).toBe(DiagnosticSeverity.Information)
    expect(severity('missing-proof')).toBe(DiagnosticSeverity.Hint)
  })

  it('applies rules and allow from settings, and re-lints on didChangeConfiguration', async () => {
    const lsp = await start({}, {rules: {hedge: 'off'}})
    const uri = await lsp.open('pitch.md', PITCH)
    const first = await lsp.version(uri, 1)
    expect(codes(first)).not.toContain('hedge')
    expect(codes(first)).toContain('jargon')
    await lsp.configChanged({rules: {}, allow: ['indien']})
    await lsp.diagnostics(uri, noJargon, 'diagnostics with the new settings')
  })

  it('lets the workspace config win over settings for a rule both name, and adds the rest', async () => {
    const lsp = await start({'.pitchlintrc.json': '{"rules": {"jargon": "error"}, "allow": ["eigenlijk"]}'}, {rules: {jargon: 'off', 'missing-proof': 'off'}})
    const uri = await lsp.open('pitch.md', PITCH)
    const {diagnostics} = await lsp.version(uri, 1)
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.severity).toBe(DiagnosticSeverity.Error)
    expect(codes({uri, diagnostics})).not.toContain('missing-proof')
    expect(codes({uri, diagnostics})).not.toContain('hedge')
  })

  it('publishes nothing when disabled, and lints again when enabled', async () => {
    const lsp = await start({}, {enable: false})
    const uri = await lsp.open('pitch.md', PITCH)
    expect((await lsp.version(uri, 1)).diagnostics).toEqual([])
    await lsp.configChanged({enable: true})
    await lsp.diagnostics(uri, hasJargon, 'diagnostics after enabling')
  })

  it('uses the defaults when the client has no workspace/configuration', async () => {
    const lsp = await start({}, null)
    const uri = await lsp.open('pitch.md', PITCH)
    expect(hasJargon(await lsp.version(uri, 1))).toBe(true)
    expect(lsp.configurationRequests).toEqual([])
  })

  it('lints configured fields of a YAML data file that matches pitchlint.include', async () => {
    const data = 'speakers:\n  - name: Anna\n    bio: Indien u vragen heeft, bel Anna.\n'
    const files = {'.pitchlintrc.json': '{"fields": ["speakers[].bio"], "extends": "speaker-bio"}', 'data/speakers.yaml': data}
    const lsp = await start(files, {include: ['**/speakers*.yaml']})
    const uri = await lsp.open('data/speakers.yaml', data, 'yaml')
    const {diagnostics} = await lsp.version(uri, 1)
    const jargon = diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
    expect(jargon.range).toEqual({start: {line: 2, character: 9}, end: {line: 2, character: 15}})
    expect(lsp.rangeText(uri, jargon)).toBe('Indien')
    const report = (await lsp.connection.sendRequest('pitchlint/report', {uri})) as {status: string; fields: {field: string}[]; budget: unknown}
    expect(report).toMatchObject({status: 'ok', fields: [{field: 'speakers[0].bio'}], budget: {words: 120}})
    // Not included: not linted.
    const other = await lsp.open('data/other.yaml', data, 'yaml')
    expect((await lsp.version(other, 1)).diagnostics).toEqual([])
  })
})
