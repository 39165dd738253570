// pitchlint for VS Code: a thin client. It starts the bundled language server (dist/server.mjs, over
// stdio), shows the score in the status bar and the report in a webview. Every rule, fix and message comes
// from the server: there is no lint logic here.
import * as vscode from 'vscode'
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node'
import {
  DID_REPORT_NOTIFICATION,
  EXPLAIN_COMMAND,
  REPORT_REQUEST,
  SOURCE,
  type ExplainArguments,
  type ExplainResult,
  type ReportParams,
  type ReportResult,
} from './protocol.js'
import {ReportPanel, type ReportSource} from './report-panel.js'
import {statusView} from './status.js'

/** What `activate` returns: for other extensions and for the real-editor tests. */
export interface PitchlintApi {
  /** The running language client (replaced on restart). */
  readonly client: LanguageClient | undefined
  /** The status bar item's text, e.g. `pitchlint 72 · who ✓ what ✓ ask ✗ · 31 s` ('' when hidden). */
  getStatusText(): string
  getStatusTooltip(): string
  /** The last report received for a document URI. */
  getReport(uri: string): ReportResult | undefined
  /** The HTML body of the report view, when it is open. */
  getReportHtml(): string | undefined
  /** Resolves when the language client is running. */
  ready(): Promise<void>
}

const LANGUAGES = ['markdown', 'plaintext'] as const
const SCHEMES = ['file', 'untitled'] as const

export function documentSelector(include: readonly string[]): DocumentSelector {
  const selector: {scheme: string; language?: string; pattern?: string}[] = []
  for (const language of LANGUAGES) for (const scheme of SCHEMES) selector.push({scheme, language})
  for (const pattern of include) if (typeof pattern === 'string' && pattern.trim()) selector.push({scheme: 'file', pattern})
  return selector
}

class Extension implements ReportSource {
  private client: LanguageClient | undefined
  private starting: Promise<void> | undefined
  private selector: DocumentSelector = documentSelector([])
  private readonly reports = new Map<string, ReportResult>()
  private readonly status: vscode.StatusBarItem
  private readonly output: vscode.OutputChannel
  private shown = false
  /** Config files the server reads: it re-lints open documents when one changes. */
  private readonly watchers: vscode.FileSystemWatcher[]

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status = vscode.window.createStatusBarItem('pitchlint.status', vscode.StatusBarAlignment.Right, 100)
    this.status.name = 'pitchlint'
    this.status.command = 'pitchlint.showReport'
    this.output = vscode.window.createOutputChannel('pitchlint')
    this.watchers = ['**/.pitchlintrc*', '**/package.json', '**/.pitchlintignore'].map((glob) =>
      vscode.workspace.createFileSystemWatcher(glob),
    )
    context.subscriptions.push(this.status, this.output, ...this.watchers)
  }

  get api(): PitchlintApi {
    const self = this
    return {
      get client() {
        return self.client
      },
      getStatusText: () => (this.shown ? this.status.text : ''),
      getStatusTooltip: () => (this.shown ? String(this.status.tooltip ?? '') : ''),
      getReport: (uri) => this.reports.get(uri),
      getReportHtml: () => ReportPanel.instance?.html,
      ready: async () => {
        await this.starting
      },
    }
  }

  start(): Promise<void> {
    const include = vscode.workspace.getConfiguration('pitchlint').get<string[]>('include', [])
    this.selector = documentSelector(Array.isArray(include) ? include : [])
    const serverModule = this.context.asAbsolutePath('dist/server.mjs')
    const serverOptions: ServerOptions = {
      run: {module: serverModule, transport: TransportKind.stdio},
      debug: {module: serverModule, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6019']}},
    }
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector,
      synchronize: {configurationSection: 'pitchlint', fileEvents: this.watchers},
      outputChannel: this.output,
      diagnosticCollectionName: SOURCE,
    }
    const client = new LanguageClient('pitchlint', 'pitchlint', serverOptions, clientOptions)
    client.onNotification(DID_REPORT_NOTIFICATION, (result: ReportResult) => this.onReport(result))
    this.client = client
    this.starting = client.start().then(
      () => this.refreshStatus(),
      (error: unknown) => {
        this.output.appendLine(`pitchlint: the language server did not start: ${String(error)}`)
        void vscode.window.showErrorMessage('pitchlint: the language server did not start. See Output → pitchlint.')
      },
    )
    return this.starting
  }

  async stop(): Promise<void> {
    const client = this.client
    this.client = undefined
    this.reports.clear()
    if (client) {
      try {
        await client.stop()
      } catch (error) {
        this.output.appendLine(`pitchlint: stopping the server: ${String(error)}`)
      }
    }
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  // ReportSource ---------------------------------------------------------------------------------

  get(uri: string): ReportResult | undefined {
    return this.reports.get(uri)
  }

  async request(uri: string): Promise<ReportResult | undefined> {
    const client = this.client
    if (!client) return undefined
    try {
      await this.starting
      const params: ReportParams = {uri}
      const result = await client.sendRequest<ReportResult | null>(REPORT_REQUEST, params)
      return result ?? undefined
    } catch (error) {
      this.output.appendLine(`pitchlint: report for ${uri}: ${String(error)}`)
      return undefined
    }
  }

  async explain(ruleId?: string): Promise<void> {
    const client = this.client
    if (!client) return
    const id = ruleId ?? (await this.pickRule())
    if (!id) return
    const locale = vscode.env.language.startsWith('nl') ? 'nl' : 'en'
    const args: ExplainArguments = {ruleId: id, locale}
    let result: ExplainResult | null
    try {
      await this.starting
      result = (await client.sendRequest(ExecuteCommandRequest.type, {command: EXPLAIN_COMMAND, arguments: [args]})) as ExplainResult | null
    } catch (error) {
      void vscode.window.showErrorMessage(`pitchlint: no documentation for ${id}: ${String(error)}`)
      return
    }
    if (!result || typeof result.markdown !== 'string') {
      void vscode.window.showWarningMessage(`pitchlint: no documentation for ${id}.`)
      return
    }
    // The bundled doc file when the server found one (read-only, offline), else an untitled document.
    if (result.uri) {
      try {
        await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.parse(result.uri))
        return
      } catch {
        // the Markdown extension is disabled: show the text below
      }
    }
    const document = await vscode.workspace.openTextDocument({language: 'markdown', content: result.markdown})
    await vscode.window.showTextDocument(document, {viewColumn: vscode.ViewColumn.Beside, preview: true})
  }

  // Status bar and report view ------------------------------------------------------------------------

  private onReport(result: ReportResult): void {
    const previous = this.reports.get(result.uri)
    // Reports arrive in order, but a `pitchlint/report` answer may be older than a notification.
    if (previous && previous.version !== null && result.version !== null && result.version < previous.version) return
    if (result.status === 'closed') this.reports.delete(result.uri)
    else this.reports.set(result.uri, result)
    ReportPanel.instance?.update(result)
    if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri) this.refreshStatus()
  }

  /** Show the active editor's report in the status bar, hide it for other documents. */
  refreshStatus(): void {
    const document = vscode.window.activeTextEditor?.document
    if (!document || !this.client || vscode.languages.match(this.selector, document) === 0) {
      this.status.hide()
      this.shown = false
      return
    }
    const uri = document.uri.toString()
    const result = this.reports.get(uri)
    if (result) {
      const view = statusView(result)
      this.status.text = view.text
      this.status.tooltip = view.tooltip
    } else {
      this.status.text = '$(sync~spin) pitchlint'
      this.status.tooltip = 'pitchlint: linting…'
      void this.request(uri).then((answer) => {
        if (answer && !this.reports.has(uri)) this.onReport(answer)
      })
    }
    this.status.show()
    this.shown = true
  }

  onDidChangeActiveEditor(editor: vscode.TextEditor | undefined): void {
    this.refreshStatus()
    if (editor && ReportPanel.instance && vscode.languages.match(this.selector, editor.document) > 0) {
      void ReportPanel.instance.follow(editor.document)
    }
  }

  onDidClose(document: vscode.TextDocument): void {
    this.reports.delete(document.uri.toString())
  }

  showReport(): void {
    const editor = vscode.window.activeTextEditor
    const document =
      editor && vscode.languages.match(this.selector, editor.document) > 0
        ? editor.document
        : vscode.window.visibleTextEditors.find((visible) => vscode.languages.match(this.selector, visible.document) > 0)?.document
    ReportPanel.show(this, document)
  }

  /** The rule of the pitchlint diagnostic under the cursor, else a quick pick of all rules. */
  private async pickRule(): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor
    if (editor) {
      const here = vscode.languages
        .getDiagnostics(editor.document.uri)
        .find((diagnostic) => diagnostic.source === SOURCE && diagnostic.range.contains(editor.selection.active))
      const code = typeof here?.code === 'object' ? here.code.value : here?.code
      if (typeof code === 'string' && code) return code
    }
    const manifest = this.context.extension.packageJSON as {
      contributes?: {configuration?: {properties?: Record<string, {properties?: Record<string, {markdownDescription?: string}>}>}}
    }
    const rules = manifest.contributes?.configuration?.properties?.['pitchlint.rules']?.properties ?? {}
    const items = Object.entries(rules).map(([id, schema]) => ({
      label: id,
      detail: (schema.markdownDescription ?? '').replace(/^`[^`]+`:\s*/, ''),
    }))
    const picked = await vscode.window.showQuickPick(items, {placeHolder: 'Explain which pitchlint rule?', matchOnDetail: true})
    return picked?.label
  }
}

let extension: Extension | undefined

export async function activate(context: vscode.ExtensionContext): Promise<PitchlintApi> {
  const ext = new Extension(context)
  extension = ext
  context.subscriptions.push(
    vscode.commands.registerCommand('pitchlint.showReport', () => ext.showReport()),
    vscode.commands.registerCommand('pitchlint.explainRule', (ruleId?: unknown) => ext.explain(typeof ruleId === 'string' ? ruleId : undefined)),
    vscode.commands.registerCommand('pitchlint.restartServer', () => ext.restart()),
    vscode.window.onDidChangeActiveTextEditor((editor) => ext.onDidChangeActiveEditor(editor)),
    vscode.workspace.onDidCloseTextDocument((document) => ext.onDidClose(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The document selector is fixed for a client's lifetime: new include globs need a new client.
      if (event.affectsConfiguration('pitchlint.include')) void ext.restart()
    }),
    {dispose: () => void ext.stop()},
  )
  void ext.start()
  return ext.api
}

export async function deactivate(): Promise<void> {
  await extension?.stop()
  extension = undefined
}
