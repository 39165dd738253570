// "pitchlint: Show pitch report": one webview beside the editor, following the active pitch and updated
// live from the server's `pitchlint/didReport` notifications.
import {randomBytes} from 'node:crypto'
import * as vscode from 'vscode'
import type {ReportResult} from './protocol.js'
import {renderBody, renderPage} from './report-html.js'

export interface ReportSource {
  /** The last report received for a document, if any. */
  get(uri: string): ReportResult | undefined
  /** Ask the server for a document's report (when none was received yet). */
  request(uri: string): Promise<ReportResult | undefined>
  explain(ruleId: string): Promise<void>
}

interface RevealMessage {
  readonly type: 'reveal'
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}
interface ExplainMessage {
  readonly type: 'explain'
  readonly ruleId: string
}

export class ReportPanel implements vscode.Disposable {
  static readonly viewType = 'pitchlint.report'
  private static current: ReportPanel | undefined

  private uri: string | undefined
  private body = ''
  private readonly disposables: vscode.Disposable[] = []

  /** Show the panel (creating it beside the editor) for this document. */
  static show(source: ReportSource, document: vscode.TextDocument | undefined): ReportPanel {
    if (ReportPanel.current) {
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside, true)
    } else {
      const panel = vscode.window.createWebviewPanel(
        ReportPanel.viewType,
        'Pitch report',
        {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true},
        {enableScripts: true, localResourceRoots: [], enableFindWidget: true, retainContextWhenHidden: false},
      )
      ReportPanel.current = new ReportPanel(panel, source)
    }
    if (document) void ReportPanel.current.follow(document)
    return ReportPanel.current
  }

  static get instance(): ReportPanel | undefined {
    return ReportPanel.current
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly source: ReportSource,
  ) {
    this.body = renderBody(undefined, '')
    this.load()
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables)
    // Hidden webviews are discarded (no retainContextWhenHidden): reload with the current body when shown.
    panel.onDidChangeViewState(({webviewPanel}) => webviewPanel.visible && this.load(), undefined, this.disposables)
    panel.webview.onDidReceiveMessage((message: RevealMessage | ExplainMessage) => this.onMessage(message), undefined, this.disposables)
  }

  /** A fresh page (new nonce) with the current body; later bodies arrive as `render` messages. */
  private load(): void {
    this.panel.webview.html = renderPage({cspSource: this.panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), body: this.body})
  }

  /** The HTML of the report body shown now (for tests). */
  get html(): string {
    return this.body
  }

  get subject(): string | undefined {
    return this.uri
  }

  /** Show this document's report (the last one received, else ask the server). */
  async follow(document: vscode.TextDocument): Promise<void> {
    const uri = document.uri.toString()
    this.uri = uri
    const known = this.source.get(uri)
    this.render(uri, known)
    if (known) return
    const requested = await this.source.request(uri)
    // A notification may have arrived meanwhile (newer), or the panel moved on to another document.
    if (this.uri === uri) this.render(uri, this.source.get(uri) ?? requested)
  }

  /** A new report arrived: redraw when it is the document shown. */
  update(result: ReportResult): void {
    if (result.uri === this.uri) this.render(result.uri, result)
  }

  private render(uri: string, result: ReportResult | undefined): void {
    this.body = renderBody(result, fileName(uri))
    this.panel.title = `Pitch report: ${fileName(uri)}`
    void this.panel.webview.postMessage({type: 'render', html: this.body})
  }

  private async onMessage(message: RevealMessage | ExplainMessage): Promise<void> {
    if (message.type === 'explain' && typeof message.ruleId === 'string') {
      await this.source.explain(message.ruleId)
      return
    }
    if (message.type !== 'reveal' || !this.uri) return
    const uri = vscode.Uri.parse(this.uri)
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri)
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri))
    const range = new vscode.Range(
      Math.max(0, message.line - 1),
      Math.max(0, message.column - 1),
      Math.max(0, message.endLine - 1),
      Math.max(0, message.endColumn - 1),
    )
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
      preserveFocus: false,
    })
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined
    this.panel.dispose()
    for (const disposable of this.disposables.splice(0)) disposable.dispose()
  }
}

function fileName(uri: string): string {
  try {
    const parsed = vscode.Uri.parse(uri)
    return parsed.path.split('/').pop() || uri
  } catch {
    return uri
  }
}
