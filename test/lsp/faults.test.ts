// The language server under faults: malformed JSON-RPC on raw stdio, requests for documents that were
// never opened, and a burst of 1,000 incremental edits. After each fault the server must still answer a
// normal request; nothing here sleeps: every wait is for a message, with a timeout that names it.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  HoverRequest,
  MessageType,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterEach, describe, expect, it} from 'vitest'
import {SERVER, TestClient, uriOf, within, workspace} from './client.js'

const PITCH = '# Mijn pitch\n\nIk zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.\nIndien u vragen heeft, bel mij.\n'
/** Where "Indien" is in PITCH. */
const JARGON = {start: {line: 3, character: 0}, end: {line: 3, character: 6}}

/** One LSP frame around `body`. */
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`

interface Message {
  readonly jsonrpc?: string
  readonly id?: number | string | null
  readonly method?: string
  readonly params?: unknown
  readonly result?: unknown
  readonly error?: {code: number; message: string}
}

/**
 * The server over raw stdio bytes, for frames that no JSON-RPC library would send. It announces no
 * client capabilities, so the server never sends it a request that would need an answer.
 */
class RawServer {
  readonly messages: Message[] = []
  stderr = ''
  readonly exited: Promise<number | null>
  private output = Buffer.alloc(0)
  private nextId = 1
  private opened = 0
  private readonly listeners = new Set<() => void>()

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly root: string,
  ) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
      this.changed()
    })
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk))
    child.stdin.on('error', () => undefined) // writing to a server that exited on purpose
  }

  static async start(): Promise<RawServer> {
    const root = workspace()
    const server = new RawServer(spawn(process.execPath, [SERVER, '--stdio'], {cwd: root, stdio: 'pipe'}), root)
    const initialized = await server.request('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}})
    expect(initialized.result).toMatchObject({capabilities: {hoverProvider: true}})
    server.notify('initialized', {})
    return server
  }

  write(bytes: string | Buffer): void {
    this.child.stdin.write(bytes)
  }

  notify(method: string, params: unknown): void {
    this.write(frame(JSON.stringify({jsonrpc: '2.0', method, params})))
  }

  request(method: string, params: unknown, id: number | string = this.nextId++): Promise<Message> {
    this.write(frame(JSON.stringify({jsonrpc: '2.0', id, method, params})))
    return this.wait((message) => message.id === id && message.method === undefined, `the response to ${method} (id ${JSON.stringify(id)})`)
  }

  wait(test: (message: Message) => boolean, description: string): Promise<Message> {
    return this.until(() => this.messages.find(test), description)
  }

  waitStderr(pattern: RegExp): Promise<string> {
    return this.until(() => (pattern.test(this.stderr) ? this.stderr : undefined), `stderr matching ${pattern}`)
  }

  /** Proof of life: a newly opened document gets its diagnostics, and hover on a finding answers. */
  async serves(): Promise<void> {
    const uri = uriOf(this.root, `alive-${++this.opened}.md`)
    this.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: PITCH}})
    const published = await this.wait((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as {uri: string}).uri === uri, `diagnostics of ${uri}`)
    const {diagnostics, version} = published.params as PublishDiagnosticsParams
    expect(version).toBe(1)
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.range).toEqual(JARGON)
    const hover = await this.request('textDocument/hover', {textDocument: {uri}, position: {line: 3, character: 2}})
    expect(hover.error).toBeUndefined()
    expect(hover.result).toMatchObject({range: JARGON})
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill()
  }

  private until<T>(find: () => T | undefined, description: string): Promise<T> {
    const found = find()
    if (found !== undefined) return Promise.resolve(found)
    let listener = () => {}
    return within(
      new Promise<T>((resolve) => {
        listener = () => {
          const value = find()
          if (value !== undefined) resolve(value)
        }
        this.listeners.add(listener)
      }),
      description,
      undefined,
      () => `exit code ${this.child.exitCode}; stderr: ${this.stderr}`,
    ).finally(() => this.listeners.delete(listener))
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener()
  }

  /** Split the server's stdout into frames. */
  private read(chunk: Buffer): void {
    this.output = Buffer.concat([this.output, chunk])
    for (;;) {
      const end = this.output.indexOf('\r\n\r\n')
      if (end < 0) break
      const length = Number(/Content-Length: (\d+)/i.exec(this.output.subarray(0, end).toString('ascii'))?.[1])
      if (this.output.length < end + 4 + length) break
      this.messages.push(JSON.parse(this.output.subarray(end + 4, end + 4 + length).toString('utf8')) as Message)
      this.output = this.output.subarray(end + 4 + length)
    }
    this.changed()
  }
}

let raw: RawServer | undefined
let client: TestClient | undefined
afterEach(() => {
  raw?.kill()
  raw = undefined
  client?.kill()
  client = undefined
})

async function startRaw(): Promise<RawServer> {
  raw = await RawServer.start()
  return raw
}

async function start(settings?: Record<string, unknown>): Promise<TestClient> {
  client = await TestClient.start(workspace(), settings ? {settings} : {})
  return client
}

/** What a reader compares in diagnostics: where, which rule, what it says and how bad. */
const essence = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map(({range, code, message, severity}) => ({range, code, message, severity}))

describe('malformed JSON-RPC on stdio', () => {
  it('skips a well-framed body that is not JSON, says so on stderr, and keeps serving', async () => {
    const lsp = await startRaw()
    // A request cut off mid-params, plain text, and bytes that are not UTF-8.
    lsp.write(frame('{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {'))
    lsp.write(frame('hello, server'))
    lsp.write(Buffer.concat([Buffer.from('Content-Length: 3\r\n\r\n'), Buffer.from([0xff, 0xfe, 0x00])]))
    await lsp.serves()
    await lsp.waitStderr(/not valid JSON[^]*not valid JSON[^]*not valid JSON/)
    // Without a parseable id there is nobody to answer: no response invents one.
    expect(lsp.messages.filter((message) => message.id === 99)).toEqual([])
    expect(lsp.child.exitCode).toBeNull()
  })

  it('logs valid JSON that is not a JSON-RPC message and keeps serving', async () => {
    const lsp = await startRaw()
    for (const body of ['[1, 2, 3]', '{"hello": "world"}', '42', 'null']) lsp.write(frame(body))
    await lsp.serves()
    const logs = lsp.messages.filter((message) => message.method === 'window/logMessage').map((message) => message.params as {type: number; message: string})
    expect(logs.map((log) => log.type)).toEqual([MessageType.Error, MessageType.Error, MessageType.Error, MessageType.Error])
    expect(logs[1]!.message).toContain('"hello": "world"')
    expect(logs[3]!.message).toBe('Received empty message.')
  })

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    const lsp = await startRaw()
    lsp.notify('pitchlint/noSuchNotification', {x: 1})
    lsp.notify('$/noSuchNotification', {})
    for (const [method, id] of [['pitchlint/noSuchRequest', 'text-id'], ['$/noSuchRequest', 4711]] as const) {
      const response = await lsp.request(method, {uri: 'file:///x.md'}, id)
      expect(response).toMatchObject({jsonrpc: '2.0', id, error: {code: ErrorCodes.MethodNotFound}})
      expect(response.error!.message).toContain(method)
      expect(response.result).toBeUndefined()
    }
    await lsp.serves()
    // Only the two requests got an answer, nothing answered the notifications.
    expect(lsp.messages.filter((message) => message.error)).toHaveLength(2)
  })

  it('answers requests with wrong params with InvalidParams, and survives notifications with wrong params', async () => {
    const lsp = await startRaw()
    await lsp.serves() // alive-1.md is open and linted: the handlers get past "unknown document"
    const uri = uriOf(lsp.root, 'alive-1.md')
    const wrong: [string, unknown][] = [
      ['textDocument/codeAction', {range: JARGON, context: {diagnostics: []}}], // no textDocument
      ['textDocument/codeAction', {textDocument: {uri}}], // no range, no context
      ['textDocument/codeAction', {textDocument: {uri}, range: JARGON, context: {diagnostics: [{source: 'pitchlint', message: 'x', data: {ruleId: 7}}]}}],
      ['textDocument/hover', {textDocument: {uri}}], // no position
      ['textDocument/hover', {textDocument: {uri}, position: {line: 'three', character: 2}}],
      ['pitchlint/report', ['not', 'an', 'object']],
      ['workspace/executeCommand', {command: 'pitchlint.explain'}], // no arguments
    ]
    const responses = await Promise.all(wrong.map(([method, params]) => lsp.request(method, params)))
    const titles = (result: unknown) => (result as {title: string}[]).map((action) => action.title)
    expect(responses.map((response) => response.error?.code ?? titles(response.result))).toEqual([
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
      ['Fix all auto-fixable pitchlint problems'], // nothing for the diagnostic with garbage data
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
    ])
    // Null params fail inside vscode-languageserver before a handler of ours runs: still an error answer.
    expect((await lsp.request('textDocument/hover', null)).error).toMatchObject({code: expect.any(Number)})
    lsp.notify('textDocument/didOpen', {})
    lsp.notify('textDocument/didChange', {textDocument: {uri, version: 2}}) // no contentChanges
    lsp.notify('textDocument/didClose', {textDocument: 42})
    lsp.notify('workspace/didChangeWatchedFiles', {changes: 'none'})
    lsp.notify('workspace/didChangeConfiguration', null)
    await lsp.serves()
    expect(lsp.child.exitCode).toBeNull()
  })

  // A header block without a usable Content-Length loses the framing: nobody can tell where the next
  // message starts. vscode-jsonrpc skips it silently and then leaves the bytes behind it unread until more
  // arrive, so a client waiting for an answer hangs. The server says why on stderr and exits non-zero
  // instead; the editor restarts it.
  it.each([
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'],
    ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n'],
    ['a header line without a colon', 'Content-Length 12\r\n\r\n'],
  ])('exits with code 1 and a reason on stderr after a header with %s, instead of hanging', async (_, header) => {
    const lsp = await startRaw()
    await lsp.serves()
    lsp.write(header + frame(JSON.stringify({jsonrpc: '2.0', id: 'after', method: 'textDocument/hover', params: {textDocument: {uri: 'file:///x.md'}, position: {line: 0, character: 0}}})))
    expect(await within(lsp.exited, 'the server to exit after a broken header', undefined, () => `stderr: ${lsp.stderr}`)).toBe(1)
    expect(lsp.stderr).toMatch(/broken message header/)
  })
})

describe('requests for documents that were never opened', () => {
  it('answers hover, code actions and the report with empty answers', async () => {
    const lsp = await start()
    const never = uriOf(lsp.root, 'never-opened.md')
    const diagnostic: Diagnostic = {range: JARGON, message: '"Indien" is jargon; zeg "Als".', source: 'pitchlint', code: 'jargon', data: {ruleId: 'jargon', actual: 'Indien', expected: ['Als'], offset: 64, endOffset: 70}}
    expect(await lsp.connection.sendRequest(HoverRequest.type, {textDocument: {uri: never}, position: {line: 3, character: 2}})).toBeNull()
    expect(await lsp.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: never}, range: JARGON, context: {diagnostics: [diagnostic]}})).toEqual([])
    for (const uri of [never, 'untitled:Untitled-1', 'file://another-host/share/pitch.md', 'https://example.com/pitch.md']) {
      expect(await lsp.connection.sendRequest('pitchlint/report', {uri}), uri).toBeNull()
    }
    await serves(lsp)
    expect(lsp.logs.filter((log) => log.type === MessageType.Error)).toEqual([])
  })

  it('ignores didChange and didClose for a document that is not open, then lints it when it is opened', async () => {
    const lsp = await start()
    const never = uriOf(lsp.root, 'never-opened.md')
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: never, version: 7},
      contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'Indien '}],
    })
    await lsp.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri: never}})
    await serves(lsp)
    expect(lsp.published.filter((params) => params.uri === never)).toEqual([])
    // Opened after all that: linted as sent, at version 1, untouched by the stray change.
    const uri = await lsp.open('never-opened.md', 'Ik ben Anna, fotograaf in Gent.\n')
    const {diagnostics} = await lsp.version(uri, 1)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('jargon')
    expect(lsp.logs.filter((log) => log.type === MessageType.Error)).toEqual([])
  })
})

describe('a document whose uri has no local path', () => {
  it('lints an open file://host/… document like an untitled one instead of failing', async () => {
    const lsp = await start()
    const uri = 'file://another-host/share/pitch.md'
    lsp.documents.set(uri, TextDocument.create(uri, 'markdown', 1, PITCH))
    await lsp.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text: PITCH}})
    const {diagnostics} = await lsp.version(uri, 1)
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.range).toEqual(JARGON)
    expect(await lsp.connection.sendRequest('pitchlint/report', {uri})).toMatchObject({status: 'ok', version: 1})
    expect(lsp.logs.filter((log) => log.type === MessageType.Error)).toEqual([])
  })
})

/** Proof of life through the regular client: diagnostics for a newly opened document, and a hover. */
async function serves(lsp: TestClient): Promise<void> {
  const uri = await lsp.open(`alive-${lsp.published.length}.md`, PITCH)
  const {diagnostics} = await lsp.version(uri, 1)
  expect(diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.range).toEqual(JARGON)
  expect(await lsp.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 3, character: 2}})).toMatchObject({range: JARGON})
}

describe('a burst of 1,000 incremental edits', () => {
  // Typed character by character with a typo and a backspace every few characters; the word
  // "eigenlijk " of line 3 is typed last, in the middle of the text, so every finding after it moves.
  const FINAL = [
    '# Mijn pitch',
    '',
    'Ik ben Anna, fotograaf in Gent. Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.',
    'Wij leveren een holistische aanpak en synergie voor al uw beeldmateriaal, voor elk bedrijf dat wil groeien.',
    'Indien u vragen heeft, bel mij. Derhalve hoop ik dat u mij wilt bellen, of misschien mailen, of langskomen.',
    '',
    'Mijn klanten zijn vooral mensen die een portret nodig hebben, zoals ondernemers en artiesten in de regio.',
    'Ik denk dat ik misschien wel de beste fotograaf van Gent ben, maar dat weet ik niet zeker.',
    'Kent u iemand die binnenkort trouwt of een nieuw bedrijf start? Stel ons dan even aan elkaar voor.',
    '',
  ].join('\n')
  const LAST_WORD = 'eigenlijk '
  const AT = FINAL.indexOf(LAST_WORD)

  it.each([
    ['the default debounce', undefined],
    ['debounce 0', {debounce: 0}],
  ])('publishes, for the final version, what a fresh open of the final text gives (%s)', async (_, settings) => {
    const lsp = await start(settings)
    const uri = await lsp.open('typed.md', '')
    await lsp.version(uri, 1)
    const sent: Promise<number>[] = []
    // change() updates the client's copy before it sends, so the positions below are always current.
    const edit = (change: (document: {positionAt(offset: number): {line: number; character: number}}) => TextDocumentContentChangeEvent) =>
      sent.push(lsp.change(uri, [change(lsp.documents.get(uri)!)]))
    const insert = (offset: number, text: string) => edit((document) => ({range: {start: document.positionAt(offset), end: document.positionAt(offset)}, text}))
    const erase = (offset: number) => edit((document) => ({range: {start: document.positionAt(offset - 1), end: document.positionAt(offset)}, text: ''}))
    const type = (from: number, text: string) => {
      for (const [index, character] of [...text].entries()) {
        insert(from + index, character)
        if (index % 3 === 2) {
          insert(from + index + 1, 'q')
          erase(from + index + 2)
        }
      }
    }
    type(0, FINAL.slice(0, AT) + FINAL.slice(AT + LAST_WORD.length))
    type(AT, LAST_WORD)
    const last = Math.max(...(await Promise.all(sent)))
    expect(sent.length).toBeGreaterThanOrEqual(1000)
    expect(last).toBe(sent.length + 1)
    expect(lsp.text(uri)).toBe(FINAL)

    const typed = await lsp.version(uri, last)
    const fresh = await lsp.version(await lsp.open('fresh.md', FINAL), 1)
    expect(fresh.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expect.arrayContaining(['jargon', 'hedge', 'vague-target']))
    expect(essence(typed.diagnostics)).toEqual(essence(fresh.diagnostics))
    for (const diagnostic of typed.diagnostics) expect(lsp.rangeText(uri, diagnostic)).toBe((diagnostic.data as {actual: string}).actual)
    // Versions only ever go up, the final one is the last word, and the report agrees.
    const versions = lsp.published.filter((params) => params.uri === uri).map((params) => params.version!)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions.at(-1)).toBe(last)
    expect(await lsp.connection.sendRequest('pitchlint/report', {uri})).toMatchObject({status: 'ok', version: last})
  })
})
