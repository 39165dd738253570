// A real JSON-RPC LSP client for the language server tests: spawns the built server with --stdio, answers
// workspace/configuration and workspace/applyEdit like an editor would, and waits for notifications
// with a timeout and a clear message (never a fixed sleep).
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type Diagnostic,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js'

export const SERVER = fileURLToPath(new URL('../../packages/language-server/bin/pitchlint-language-server.js', import.meta.url))
const TIMEOUT = 10_000

/** Make a workspace folder with these files (path → content). */
export function workspace(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'pitchlint-lsp-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}

export function uriOf(root: string, path: string): string {
  return pathToFileURL(join(root, path)).href
}

interface Waiter<T> {
  readonly test: (value: T) => boolean
  readonly resolve: (value: T) => void
}

export interface ClientOptions {
  /** Answers to workspace/configuration (section pitchlint); undefined: the client has no configuration support. */
  settings?: Record<string, unknown>
  /** Announce `workspace.applyEdit` and versioned `documentChanges` (default true). */
  applyEdit?: boolean
  /** Extra environment for the server process. */
  env?: Record<string, string>
}

export class TestClient {
  readonly connection: ProtocolConnection
  readonly documents = new Map<string, TextDocument>()
  readonly published: PublishDiagnosticsParams[] = []
  readonly reports: unknown[] = []
  readonly messages: ShowMessageParams[] = []
  /** window/logMessage notifications (the server's log, e.g. a failed handler). */
  readonly logs: LogMessageParams[] = []
  readonly registrations: string[] = []
  readonly appliedEdits: WorkspaceEdit[] = []
  /** Scope uris of each workspace/configuration request. */
  readonly configurationRequests: string[][] = []
  /** Answers to workspace/configuration wait for this (a slow client). */
  configurationGate: Promise<void> = Promise.resolve()
  settings: Record<string, unknown> | undefined
  stderr = ''
  private readonly waiters = new Set<Waiter<unknown>>()
  private readonly exited: Promise<number | null>

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly root: string,
    options: ClientOptions,
  ) {
    this.settings = options.settings
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)))
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.emit(this.published, params))
    this.connection.onNotification('pitchlint/didReport', (params: unknown) => this.emit(this.reports, params))
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.emit(this.messages, params))
    this.connection.onNotification(LogMessageNotification.type, (params) => this.emit(this.logs, params))
    this.connection.onRequest(ConfigurationRequest.type, async (params) => {
      this.emit(this.configurationRequests, params.items.map((item) => item.scopeUri ?? ''))
      await this.configurationGate
      return params.items.map((item) => (item.section === 'pitchlint' ? (this.settings ?? null) : null))
    })
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) this.emit(this.registrations, registration.method)
    })
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params.edit)
      this.applyToDisk(params.edit)
      return {applied: true}
    })
    this.connection.listen()
  }

  static async start(root: string, options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], {cwd: root, stdio: 'pipe', env: {...process.env, ...options.env}})
    const client = new TestClient(child, root, options)
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.settings !== undefined,
        applyEdit: options.applyEdit ?? true,
        workspaceEdit: {documentChanges: options.applyEdit ?? true},
        didChangeWatchedFiles: {dynamicRegistration: true},
        didChangeConfiguration: {dynamicRegistration: true},
        workspaceFolders: true,
      },
      textDocument: {
        synchronization: {dynamicRegistration: false},
        publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
        codeAction: {dataSupport: true, isPreferredSupport: true},
        hover: {contentFormat: ['markdown', 'plaintext']},
      },
    }
    const result = await within(
      client.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(root).href,
        workspaceFolders: [{uri: pathToFileURL(root).href, name: 'workspace'}],
        capabilities,
      }),
      'the initialize response',
    )
    if (!result.capabilities.hoverProvider) throw new Error('server did not announce hover')
    await client.connection.sendNotification(InitializedNotification.type, {})
    return client
  }

  /** Resolves with the first value (already received or still to come) that passes `test`. */
  private wait<T>(list: T[], test: (value: T) => boolean, description: string, timeout = TIMEOUT): Promise<T> {
    const found = [...list].reverse().find(test)
    if (found !== undefined) return Promise.resolve(found)
    return within(
      new Promise<T>((resolve) => {
        const waiter: Waiter<T> = {
          test: (value) => list.includes(value as T) && test(value),
          resolve: (value) => {
            this.waiters.delete(waiter as Waiter<unknown>)
            resolve(value)
          },
        }
        this.waiters.add(waiter as Waiter<unknown>)
      }),
      description,
      timeout,
      () => `last diagnostics: ${JSON.stringify(this.published.at(-1)?.diagnostics.map((d) => [d.code, d.message]))}; stderr: ${this.stderr}`,
    )
  }

  private emit<T>(list: T[], value: T): void {
    list.push(value)
    for (const waiter of [...this.waiters]) if (waiter.test(value)) waiter.resolve(value)
  }

  /** The next diagnostics for `uri` (received from now on, or the latest one) that pass `test`. */
  diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean, description: string): Promise<PublishDiagnosticsParams> {
    const latest = this.published.filter((params) => params.uri === uri).at(-1)
    if (latest && test(latest)) return Promise.resolve(latest)
    const start = this.published.length
    return this.wait(this.published, (params) => this.published.indexOf(params) >= start && params.uri === uri && test(params), description)
  }

  /** Diagnostics of exactly this version of `uri`. */
  version(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (params) => params.version === version, `diagnostics of ${uri} version ${version}`)
  }

  report(test: (report: Record<string, unknown>) => boolean, description: string): Promise<Record<string, unknown>> {
    return this.wait(this.reports as Record<string, unknown>[], test, description)
  }

  configurationRequest(uri: string): Promise<string[]> {
    return this.wait(this.configurationRequests, (uris) => uris.includes(uri), `a workspace/configuration request for ${uri}`)
  }

  registration(method: string): Promise<string> {
    return this.wait(this.registrations, (registered) => registered === method, `the server to register ${method}`)
  }

  message(test: (message: ShowMessageParams) => boolean, description: string): Promise<ShowMessageParams> {
    return this.wait(this.messages, test, description)
  }

  async open(path: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = uriOf(this.root, path)
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text))
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    return uri
  }

  /** Send incremental changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.documents.get(uri)
    if (!document) throw new Error(`${uri} is not open`)
    const version = document.version + 1
    this.documents.set(uri, TextDocument.update(document, changes, version))
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: changes})
    return version
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText()
  }

  /** The text a diagnostic's range covers in the client's copy of the document. */
  rangeText(uri: string, diagnostic: Diagnostic): string {
    return this.documents.get(uri)!.getText(diagnostic.range)
  }

  async configChanged(settings?: Record<string, unknown>): Promise<void> {
    if (settings) this.settings = settings
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {pitchlint: this.settings ?? {}}})
  }

  async filesChanged(...paths: string[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: paths.map((path) => ({uri: uriOf(this.root, path), type: FileChangeType.Changed})),
    })
  }

  /** Apply a workspace edit to the client's open documents (text only); returns the new texts by uri. */
  applyToText(edit: WorkspaceEdit): Map<string, string> {
    const texts = new Map<string, string>()
    for (const [uri, edits] of editsOf(edit)) {
      const document = this.documents.get(uri)
      if (!document) throw new Error(`edit for a document that is not open: ${uri}`)
      texts.set(uri, TextDocument.applyEdits(document, edits))
    }
    return texts
  }

  /** What an editor does when it applies and saves a workspace edit: create files, edit and write them. */
  private applyToDisk(edit: WorkspaceEdit): void {
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change && change.kind === 'create') writeFileSync(fileURLToPath(change.uri), '')
    }
    for (const [uri, edits] of editsOf(edit)) {
      const path = fileURLToPath(uri)
      const document = TextDocument.create(uri, 'text', 0, readFileSync(path, 'utf8'))
      writeFileSync(path, TextDocument.applyEdits(document, edits))
    }
  }

  async shutdown(): Promise<number | null> {
    await within(this.connection.sendRequest(ShutdownRequest.type), 'the shutdown response')
    await this.connection.sendNotification(ExitNotification.type)
    const code = await within(this.exited, 'the server process to exit')
    this.connection.dispose()
    return code
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill()
    this.connection.dispose()
  }
}

function editsOf(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const result = new Map<string, TextEdit[]>()
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) result.set(uri, edits)
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) {
      result.set(change.textDocument.uri, [...(result.get(change.textDocument.uri) ?? []), ...(change.edits as TextEdit[])])
    }
  }
  return result
}

/** Resolve `promise`, or reject after `timeout` ms naming what did not arrive. */
export function within<T>(promise: Promise<T>, description: string, timeout = TIMEOUT, detail?: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeout} ms waiting for ${description}${detail ? ` (${detail()})` : ''}`)), timeout)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}
