// Wires pitchlint into an LSP connection: document sync, debounced validation, settings, watched config
// files, code actions, hover, commands and the report request. No side effects on import.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {clearConfigCache} from 'pitchlint/node'
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, FIX_ALL_KIND} from './code-actions.js'
import {Commands} from './commands.js'
import {Scheduler} from './documents.js'
import {findingsAt, hoverFor} from './hover.js'
import {lintDocument, type Outcome} from './lint.js'
import {
  ALLOW_WORD_COMMAND,
  DID_REPORT_NOTIFICATION,
  EXPLAIN_COMMAND,
  REPORT_REQUEST,
  type PitchlintSettings,
  type ReportParams,
  type ReportResult,
} from './protocol.js'
import {DEFAULT_SETTINGS, normalizeSettings} from './settings.js'

/** Config files whose change means every open document is linted again. */
const CONFIG_FILES = /(^|[\\/])(\.pitchlintrc[^\\/]*|package\.json|\.pitchlintignore)$/
const WATCHERS = ['**/.pitchlintrc*', '**/package.json', '**/.pitchlintignore']

export interface ServerState {
  readonly documents: TextDocuments<TextDocument>
  /** Workspace folders as file system paths. */
  folders: string[]
  capabilities: ClientCapabilities
  settingsFor(uri: string): Promise<PitchlintSettings>
  revalidateAll(): void
}

export function createServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const outcomes = new Map<string, Outcome>()
  const settingsCache = new Map<string, Promise<PitchlintSettings>>()
  const lastSettings = new Map<string, PitchlintSettings>()
  const opened = new Set<string>()
  let globalSettings = DEFAULT_SETTINGS
  let pullSettings = false

  const state: ServerState = {
    documents,
    folders: [],
    capabilities: {},
    settingsFor,
    revalidateAll,
  }

  async function settingsFor(uri: string): Promise<PitchlintSettings> {
    if (!pullSettings) return globalSettings
    let pending = settingsCache.get(uri)
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({scopeUri: uri, section: 'pitchlint'})
        .then(normalizeSettings, () => globalSettings)
      settingsCache.set(uri, pending)
    }
    const settings = await pending
    lastSettings.set(uri, settings)
    return settings
  }

  async function validate(uri: string, isCurrent: () => boolean): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const {version} = document
    const settings = await settingsFor(uri)
    // A newer edit (or a close) arrived while the settings were fetched: that run publishes instead.
    if (!isCurrent() || documents.get(uri)?.version !== version) return
    const outcome = lintDocument(document, settings, state.folders)
    outcomes.set(uri, outcome)
    void connection.sendDiagnostics({uri, version, diagnostics: [...outcome.diagnostics]})
    void connection.sendNotification(DID_REPORT_NOTIFICATION, outcome.report)
  }

  const scheduler = new Scheduler(validate, (uri, error) => {
    connection.console.error(`pitchlint: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  })

  function revalidateAll(): void {
    for (const document of documents.all()) scheduler.schedule(document.uri, 0)
  }

  const commands = new Commands(connection, state)

  connection.onInitialize((params): InitializeResult => {
    state.capabilities = params.capabilities
    pullSettings = params.capabilities.workspace?.configuration === true
    const options = params.initializationOptions as {pitchlint?: unknown} | undefined
    if (options?.pitchlint) globalSettings = normalizeSettings(options.pitchlint)
    state.folders = (params.workspaceFolders ?? [])
      .map((folder) => folder.uri)
      .concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : [])
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri))
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: ['quickfix', FIX_ALL_KIND]},
        hoverProvider: true,
        executeCommandProvider: {commands: [ALLOW_WORD_COMMAND, EXPLAIN_COMMAND]},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
      },
      serverInfo: {name: 'pitchlint-language-server', version: packageVersion()},
    }
  })

  connection.onInitialized(() => {
    const workspace = state.capabilities.workspace
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: WATCHERS.map((globPattern) => ({globPattern}))})
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, {section: 'pitchlint'})
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => fileURLToPath(folder.uri)))
        const added = event.added.filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri))
        state.folders = [...state.folders.filter((folder) => !removed.has(folder)), ...added]
        revalidateAll()
      })
    }
  })

  // The one place documents are validated from: it fires on open and on every change.
  documents.onDidChangeContent(({document}) => {
    const first = !opened.has(document.uri)
    opened.add(document.uri)
    const debounce = lastSettings.get(document.uri)?.debounce ?? globalSettings.debounce
    if (first) scheduler.schedule(document.uri, 0)
    else scheduler.afterEdit(document.uri, debounce)
  })

  documents.onDidClose(({document}) => {
    const {uri} = document
    scheduler.cancel(uri)
    opened.delete(uri)
    outcomes.delete(uri)
    settingsCache.delete(uri)
    lastSettings.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
    void connection.sendNotification(DID_REPORT_NOTIFICATION, {status: 'closed', uri, version: null, message: 'Closed.'} satisfies ReportResult)
  })

  connection.onDidChangeConfiguration((params) => {
    settingsCache.clear()
    lastSettings.clear()
    if (!pullSettings) {
      const settings = (params.settings as {pitchlint?: unknown} | null | undefined)?.pitchlint
      if (settings !== undefined) globalSettings = normalizeSettings(settings)
    }
    revalidateAll()
  })

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => CONFIG_FILES.test(decodeURIComponent(change.uri)))) return
    clearConfigCache()
    revalidateAll()
  })

  connection.onCodeAction(async (params) => {
    // Malformed params are the client's error (InvalidParams), not a crash of ours (InternalError).
    if (!hasUri(params) || !Array.isArray(params.context?.diagnostics)) {
      throw invalidParams('textDocument/codeAction needs {textDocument: {uri}, range, context: {diagnostics}}')
    }
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const outcome = outcomes.get(document.uri)
    const current = outcome?.version === document.version ? outcome : undefined
    const settings = await settingsFor(document.uri)
    const locale = settings.locale ?? (current?.report.status === 'ok' ? current.report.language : 'en')
    return codeActions(document, params.context, {
      markdown: outcome?.markdown ?? document.languageId === 'markdown',
      versioned: state.capabilities.workspace?.workspaceEdit?.documentChanges === true,
      showDocs: state.capabilities.window?.showDocument?.support === true,
      locale,
      findings: current ? current.findings.map((located) => located.finding) : [],
    })
  })

  connection.onHover((params) => {
    if (!hasUri(params) || !isPosition(params.position)) throw invalidParams('textDocument/hover needs {textDocument: {uri}, position: {line, character}}')
    const document = documents.get(params.textDocument.uri)
    const outcome = document ? outcomes.get(document.uri) : undefined
    // Offsets of an older version may point elsewhere: no hover until the new version is linted.
    if (!document || !outcome || outcome.version !== document.version) return null
    return hoverFor(findingsAt(outcome.findings, document, params.position), document)
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command === ALLOW_WORD_COMMAND) return commands.allowWord(params.arguments?.[0])
    if (params.command === EXPLAIN_COMMAND) return commands.explain(params.arguments?.[0])
    throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`)
  })

  connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResult | null> => {
    const uri = typeof params?.uri === 'string' ? params.uri : undefined
    if (!uri) throw new ResponseError(ErrorCodes.InvalidParams, 'pitchlint/report needs {uri}')
    const document = documents.get(uri)
    if (!document) return commands.reportFromDisk(uri)
    if (outcomes.get(uri)?.version !== document.version) await scheduler.now(uri)
    return outcomes.get(uri)?.report ?? null
  })

  connection.onShutdown(() => scheduler.dispose())

  documents.listen(connection)
}

function hasUri(params: unknown): params is {textDocument: {uri: string}} {
  return typeof (params as {textDocument?: {uri?: unknown}} | null)?.textDocument?.uri === 'string'
}

function isPosition(value: unknown): boolean {
  const position = value as {line?: unknown; character?: unknown} | null | undefined
  return Number.isInteger(position?.line) && Number.isInteger(position?.character)
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message)
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {
    return '0.0.0'
  }
}
