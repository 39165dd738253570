// The language server end to end over stdio with a real JSON-RPC client: diagnostics, incremental
// changes, code actions, hover, the report request, commands and shutdown.
import {performance} from 'node:perf_hooks'
import {rules} from 'pitchlint'
import {
  CodeActionRequest,
  DiagnosticSeverity,
  ExecuteCommandRequest,
  HoverRequest,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js'
import {afterEach, describe, expect, it} from 'vitest'
import {TestClient, uriOf, workspace} from './client.js'

const PITCH = '# Mijn pitch\n\nIk zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.\nIndien u vragen heeft, bel mij.\n'
const SETTINGS = {enable: true, debounce: 50}

let client: TestClient | undefined
afterEach(() => {
  client?.kill()
  client = undefined
})

async function start(files: Record<string, string> = {}, settings: Record<string, unknown> = SETTINGS) {
  client = await TestClient.start(workspace(files), {settings})
  return client
}

function byRule(diagnostics: readonly Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === ruleId)
}

async function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await client!.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: diagnostic.range,
    context: {diagnostics: [diagnostic]},
  })
  return (actions ?? []) as CodeAction[]
}

describe('pitchlint language server', () => {
  it('publishes diagnostics for a Dutch pitch with exact ranges, codes and data', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    const {diagnostics, version} = await lsp.version(uri, 1)
    expect(version).toBe(1)
    expect(diagnostics.length).toBeGreaterThanOrEqual(5)
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('pitchlint')
      const data = diagnostic.data as {actual: string; ruleId: string; offset: number; endOffset: number; expected: string[]}
      expect(data.ruleId).toBe(diagnostic.code)
      expect(lsp.rangeText(uri, diagnostic)).toBe(data.actual)
      expect(PITCH.slice(data.offset, data.endOffset)).toBe(data.actual)
      expect(diagnostic.codeDescription?.href).toBe(`https://github.com/pitchlint/pitchlint/blob/main/docs/rules/${diagnostic.code}.md`)
    }
    const [jargon] = byRule(diagnostics, 'jargon')
    expect(jargon).toMatchObject({
      range: {start: {line: 3, character: 0}, end: {line: 3, character: 6}},
      severity: DiagnosticSeverity.Warning,
      message: '"Indien" is jargon; zeg "Als".',
      data: {actual: 'Indien', expected: ['Als'], language: 'nl'},
    })
    expect(byRule(diagnostics, 'vague-target').map((diagnostic) => lsp.rangeText(uri, diagnostic))).toEqual([
      'klanten',
      'iedereen voor mij een potentiële klant',
    ])
    expect(byRule(diagnostics, 'hedge').map((diagnostic) => lsp.rangeText(uri, diagnostic))).toEqual(['eigenlijk'])
    expect(byRule(diagnostics, 'missing-what')[0]?.severity).toBe(DiagnosticSeverity.Error)
    expect(byRule(diagnostics, 'missing-proof')[0]?.severity).toBe(DiagnosticSeverity.Information)
  })

  it('counts columns in UTF-16 code units, like LSP (astral characters, CRLF)', async () => {
    const lsp = await start()
    const text = '# Mijn pitch 🚀\r\n\r\nIk ben Anna 🎨 en indien u vragen heeft, bel mij.\r\n'
    const uri = await lsp.open('emoji.md', text)
    const {diagnostics} = await lsp.version(uri, 1)
    const [jargon] = byRule(diagnostics, 'jargon')
    expect(jargon?.range).toEqual({start: {line: 2, character: 18}, end: {line: 2, character: 24}})
    expect(lsp.rangeText(uri, jargon!)).toBe('indien')
  })

  it('updates diagnostics after an incremental change, for the new version only', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    await lsp.version(uri, 1)
    // Replace "Indien" (line 3) with "Als": an incremental range edit.
    const version = await lsp.change(uri, [{range: {start: {line: 3, character: 0}, end: {line: 3, character: 6}}, text: 'Als'}])
    const {diagnostics} = await lsp.version(uri, version)
    expect(byRule(diagnostics, 'jargon')).toEqual([])
    for (const diagnostic of diagnostics) expect(lsp.rangeText(uri, diagnostic)).toBe((diagnostic.data as {actual: string}).actual)
    // Insert text before the hedge: its range moves with it.
    const next = await lsp.change(uri, [{range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, text: 'Hallo! '}])
    const moved = byRule((await lsp.version(uri, next)).diagnostics, 'hedge')
    expect(moved.map((diagnostic) => diagnostic.range.start)).toEqual([{line: 2, character: 26}])
  })

  it('debounces a burst of edits and publishes only the latest version', async () => {
    const lsp = await start({}, {debounce: 300})
    const uri = await lsp.open('pitch.md', PITCH)
    await lsp.version(uri, 1)
    let character = 0
    let last = 1
    let sent = 0
    for (const text of ['D', 'e', 'r', 'halve bel ik.']) {
      sent = performance.now()
      last = await lsp.change(uri, [{range: {start: {line: 4, character}, end: {line: 4, character}}, text}])
      character += text.length
    }
    const {diagnostics} = await lsp.version(uri, last)
    // The debounce is a lower bound: the server waited 300 ms after the last edit before linting.
    expect(performance.now() - sent).toBeGreaterThanOrEqual(295)
    expect(byRule(diagnostics, 'jargon').map((diagnostic) => lsp.rangeText(uri, diagnostic))).toEqual(['Indien', 'Derhalve'])
    const versions = lsp.published.filter((params) => params.uri === uri).map((params) => params.version)
    expect(versions).toEqual([1, last])
  })

  it('drops a run that a newer edit overtook while the settings were being fetched', async () => {
    const lsp = await start()
    let answer = () => {}
    lsp.configurationGate = new Promise((resolve) => (answer = resolve))
    const uri = await lsp.open('pitch.md', PITCH)
    await lsp.configurationRequest(uri)
    // Version 1 is waiting for its settings; version 2 arrives, then the settings.
    const version = await lsp.change(uri, [{range: {start: {line: 3, character: 0}, end: {line: 3, character: 6}}, text: 'Als'}])
    answer()
    const {diagnostics} = await lsp.version(uri, version)
    expect(byRule(diagnostics, 'jargon')).toEqual([])
    expect(lsp.published.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([version])
  })

  it('offers a preferred quick fix per replacement whose edit yields the fixed text', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    const [jargon] = byRule((await lsp.version(uri, 1)).diagnostics, 'jargon')
    const actions = await actionsFor(uri, jargon!)
    expect(actions.map((action) => action.title)).toEqual([
      'Replace with “Als”',
      'Allow “Indien” in this workspace',
      'Disable jargon for this line',
      'Explain jargon',
      'Fix all auto-fixable pitchlint problems',
    ])
    expect(actions[4]?.kind).toBe('source.fixAll.pitchlint')
    expect(lsp.applyToText(actions[4]!.edit!).get(uri)).toBe(PITCH.replace('Indien', 'Als'))
    const fix = actions[0]!
    expect(fix).toMatchObject({kind: 'quickfix', isPreferred: true})
    const fixed = lsp.applyToText(fix.edit!).get(uri)
    expect(fixed).toBe(PITCH.replace('Indien', 'Als'))
    // The versioned edit names the version it was made for.
    expect(fix.edit!.documentChanges?.[0]).toMatchObject({textDocument: {uri, version: 1}})
  })

  it('offers "Remove" for a deletable hedge and nothing stale after the text changed', async () => {
    const lsp = await start()
    const text = '# Anna\n\nIk ben eigenlijk fotograaf in Gent.\n'
    const uri = await lsp.open('hedge.md', text)
    const [hedge] = byRule((await lsp.version(uri, 1)).diagnostics, 'hedge')
    const actions = await actionsFor(uri, hedge!)
    const remove = actions.find((action) => action.title === 'Remove “eigenlijk”')
    expect(remove?.isPreferred).toBe(true)
    expect(lsp.applyToText(remove!.edit!).get(uri)).toBe('# Anna\n\nIk ben fotograaf in Gent.\n')
    // After the word is gone, the old diagnostic yields no replacement that would damage the text.
    await lsp.change(uri, [{range: {start: {line: 2, character: 7}, end: {line: 2, character: 17}}, text: ''}])
    const stale = await actionsFor(uri, hedge!)
    expect(stale.filter((action) => action.edit && action.title.startsWith('Remove'))).toEqual([])
  })

  it('inserts a disable comment with the line’s indentation, and the finding goes away', async () => {
    const lsp = await start()
    const text = '# Mijn pitch\n\n- Ik ben Anna, fotograaf.\n  - Indien u vragen heeft, bel mij.\n'
    const uri = await lsp.open('list.md', text)
    const [jargon] = byRule((await lsp.version(uri, 1)).diagnostics, 'jargon')
    const action = (await actionsFor(uri, jargon!)).find((candidate) => candidate.title === 'Disable jargon for this line')
    const edited = lsp.applyToText(action!.edit!).get(uri)!
    expect(edited).toBe('# Mijn pitch\n\n- Ik ben Anna, fotograaf.\n  <!-- pitchlint-disable-next-line jargon -->\n  - Indien u vragen heeft, bel mij.\n')
    const [edit] = (action!.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]
    const version = await lsp.change(uri, [{range: edit!.range, text: edit!.newText}])
    const {diagnostics} = await lsp.version(uri, version)
    expect(lsp.text(uri)).toBe(edited)
    expect(byRule(diagnostics, 'jargon')).toEqual([])
  })

  it('offers no disable comment in plain text, which has no comments', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.txt', 'Mijn pitch\n\nIndien u vragen heeft, bel mij.\n', 'plaintext')
    const [jargon] = byRule((await lsp.version(uri, 1)).diagnostics, 'jargon')
    const titles = (await actionsFor(uri, jargon!)).map((action) => action.title)
    expect(titles).toContain('Replace with “Als”')
    expect(titles).not.toContain('Disable jargon for this line')
  })

  it('shows the rule summary, note and doc excerpt on hover, in the message locale', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    await lsp.version(uri, 1)
    const hover = await lsp.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 3, character: 2}})
    const contents = hover?.contents as MarkupContent
    expect(contents.kind).toBe(MarkupKind.Markdown)
    const summary = rules.find((rule) => rule.id === 'jargon')!.summary.nl
    expect(contents.value).toContain(summary)
    expect(contents.value).toContain('Een luisteraar uit een andere branche') // the note
    expect(contents.value).toContain('Flags buzzwords, officialese and trade jargon') // the bundled doc's lead
    expect(contents.value).toContain('**How to fix**')
    expect(contents.value).toContain('Take the replacement from `expected`')
    expect(hover?.range).toEqual({start: {line: 3, character: 0}, end: {line: 3, character: 6}})
    const nothing = await lsp.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 3, character: 20}})
    expect(nothing).toBeNull()
  })

  it('answers pitchlint/report and sends pitchlint/didReport after each validation', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    const live = await lsp.report((report) => report['uri'] === uri && report['version'] === 1, 'pitchlint/didReport for version 1')
    const report = (await lsp.connection.sendRequest('pitchlint/report', {uri})) as Record<string, unknown>
    expect(report).toMatchObject({
      status: 'ok',
      uri,
      version: 1,
      language: 'nl',
      profile: 'networking-pitch',
      budget: {seconds: 40},
      pillars: {who: {present: true}, what: {present: false}, ask: {present: true, specific: false}},
      stats: {words: 20, sentences: 3},
    })
    expect(report['score']).toEqual(expect.any(Number))
    expect((report['findings'] as {ruleId: string}[]).map((finding) => finding.ruleId)).toContain('jargon')
    expect(live).toEqual(report)
  })

  it('reports a file that is not open from disk, and null for an unknown file', async () => {
    const lsp = await start({'bio.md': '# Anna\n\nIk ben Anna, fotograaf in Gent. Indien u wilt, bel mij.\n'})
    const report = (await lsp.connection.sendRequest('pitchlint/report', {uri: uriOf(lsp.root, 'bio.md')})) as Record<string, unknown>
    expect(report).toMatchObject({status: 'ok', version: null, language: 'nl'})
    expect(await lsp.connection.sendRequest('pitchlint/report', {uri: uriOf(lsp.root, 'missing.md')})).toBeNull()
  })

  it('explains a rule through the pitchlint.explain command and refuses unknown ids', async () => {
    const lsp = await start()
    const result = (await lsp.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.explain', arguments: ['jargon']})) as {
      markdown: string
      uri: string
      url: string
    }
    expect(result.markdown.startsWith('# jargon')).toBe(true)
    expect(result.uri).toMatch(/^file:\/\/.*\/docs\/rules\/jargon\.md$/)
    expect(result.url).toBe('https://github.com/pitchlint/pitchlint/blob/main/docs/rules/jargon.md')
    await expect(
      lsp.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.explain', arguments: ['../../package']}),
    ).rejects.toThrow(/Unknown rule/)
  })

  it('publishes one information diagnostic instead of findings for a document over maxFileSize', async () => {
    const lsp = await start({}, {maxFileSize: 500})
    const text = `${'Indien u vragen heeft, bel mij. '.repeat(32)}`.slice(0, 1000)
    expect(text).toHaveLength(1000)
    const uri = await lsp.open('big.md', text)
    const {diagnostics} = await lsp.version(uri, 1)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({code: 'too-large', source: 'pitchlint', severity: DiagnosticSeverity.Information})
    expect(diagnostics[0]!.message).toContain('1000 characters')
    expect(diagnostics[0]!.message).toContain('pitchlint.maxFileSize')
    expect(diagnostics[0]!.range.start).toEqual({line: 0, character: 0})
  })

  it('ends with exit code 0 after shutdown and exit', async () => {
    const lsp = await start()
    const uri = await lsp.open('pitch.md', PITCH)
    await lsp.version(uri, 1)
    expect(await lsp.shutdown()).toBe(0)
    client = undefined
  })
})
