// The server's commands (`pitchlint.allowWord`, `pitchlint.explain`) and the report of a file that is not
// open in the editor.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {pathToFileURL} from 'node:url'
import {ruleUrl, type RuleId} from '@pitchlint/core'
import {isRuleId, rules} from 'pitchlint'
import {clearConfigCache, configFor, UserError} from 'pitchlint/node'
import {ErrorCodes, MessageType, ResponseError, ShowMessageNotification, TextDocumentEdit, type Connection, type WorkspaceEdit} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {allowInConfig, cleanWord, NEW_CONFIG_NAME, newConfig, smallestEdit} from './allow-word.js'
import {ruleDoc} from './docs.js'
import {folderOf, lintDocument, pathOf} from './lint.js'
import type {AllowWordArguments, AllowWordResult, ExplainArguments, ExplainResult, Language, ReportResult} from './protocol.js'
import type {ServerState} from './server.js'

const LANGUAGE_IDS: Record<string, string> = {md: 'markdown', markdown: 'markdown', mdx: 'markdown', txt: 'plaintext', text: 'plaintext'}

export class Commands {
  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
  ) {}

  /**
   * Add a word to `allow` in the config file nearest to the document. An existing file is edited through
   * the client (`workspace/applyEdit`), so an open, unsaved config keeps its changes; a new
   * `.pitchlintrc.json` is written by the server in one go, so there is never an empty config file on disk
   * in between (which would be an invalid config for every document).
   */
  async allowWord(raw: unknown): Promise<AllowWordResult> {
    const args = raw as Partial<AllowWordArguments> | undefined
    const word = typeof args?.word === 'string' ? cleanWord(args.word) : ''
    if (typeof args?.uri !== 'string' || !word || word.length > 100 || /[\r\n]/.test(word)) {
      throw new ResponseError(ErrorCodes.InvalidParams, 'pitchlint.allowWord needs {uri, word} with a one-line word')
    }
    const language = args.language === 'nl' || args.language === 'en' ? args.language : undefined
    const documentPath = pathOf(args.uri)
    const root = (documentPath ? folderOf(documentPath, this.state.folders) : undefined) ?? this.state.folders[0] ?? (documentPath && dirname(documentPath))
    if (!root) return this.fail('Open a folder first: the allowed word is written to its .pitchlintrc.json.')

    let configPath: string | undefined
    try {
      configPath = configFor(documentPath ?? join(root, 'untitled.md')).filepath
    } catch (error) {
      if (error instanceof UserError) return this.fail(`Fix the pitchlint config first: ${error.describe()}`)
      throw error
    }
    const target = configPath ?? join(root, NEW_CONFIG_NAME)
    const name = relative(root, target) || target
    const configUri = pathToFileURL(target).href

    if (!existsSync(target)) {
      writeFileSync(target, newConfig(word), {encoding: 'utf8', flag: 'wx'})
      return this.done(configUri, `Created ${name} with “${word}” in \`allow\`.`)
    }

    const open = this.state.documents.get(configUri)
    const before = open?.getText() ?? readFileSync(target, 'utf8')
    let plan
    try {
      plan = allowInConfig(target, before, word, language)
    } catch (error) {
      return this.fail(`Could not edit ${name}: ${(error as Error).message}.`)
    }
    if (plan.kind === 'already') {
      const message = `“${word}” is already in \`allow\` in ${name}.`
      this.notify(MessageType.Info, message)
      return {applied: false, configUri, message}
    }

    if (this.state.capabilities.workspace?.applyEdit) {
      const result = await this.connection.workspace.applyEdit({label: `Allow “${word}”`, edit: this.editFor(configUri, before, plan.text, open?.version ?? null)})
      if (!result.applied) return this.fail(`The editor did not change ${name}${result.failureReason ? `: ${result.failureReason}` : '.'}`)
    } else {
      writeFileSync(target, plan.text, 'utf8')
    }
    return this.done(configUri, `Added “${word}” to \`allow\` in ${name}.`)
  }

  /** The rule's documentation; with `show`, the client is also asked to open the bundled doc. */
  async explain(raw: unknown): Promise<ExplainResult> {
    const args: Partial<ExplainArguments> = typeof raw === 'string' ? {ruleId: raw} : ((raw ?? {}) as Partial<ExplainArguments>)
    const ruleId = args.ruleId
    if (typeof ruleId !== 'string' || !isRuleId(ruleId)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown rule ${String(ruleId)}; known rules: ${rules.map((rule) => rule.id).join(', ')}`)
    }
    const locale: Language = args.locale === 'nl' ? 'nl' : 'en'
    const doc = ruleDoc(ruleId)
    const summary = rules.find((rule) => rule.id === ruleId)?.summary[locale] ?? ''
    if (args.show && doc && this.state.capabilities.window?.showDocument?.support) {
      await this.connection.window.showDocument({uri: doc.uri, takeFocus: true}).catch(() => undefined)
    }
    return {ruleId, markdown: doc?.markdown ?? `# ${ruleId}\n\n${summary}\n`, ...(doc ? {uri: doc.uri} : {}), url: ruleUrl(ruleId as RuleId)}
  }

  /** `pitchlint/report` for a file that is not open: lint what is on disk, without publishing diagnostics. */
  async reportFromDisk(uri: string): Promise<ReportResult | null> {
    const path = pathOf(uri)
    if (!path || !existsSync(path)) return null
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''
    const document = TextDocument.create(uri, LANGUAGE_IDS[extension] ?? extension, 0, readFileSync(path, 'utf8'))
    const outcome = lintDocument(
      {uri, languageId: document.languageId, version: null, getText: () => document.getText(), positionAt: (offset) => document.positionAt(offset)},
      await this.state.settingsFor(uri),
      this.state.folders,
    )
    return outcome.report
  }

  private editFor(uri: string, before: string, after: string, version: number | null): WorkspaceEdit {
    const change = smallestEdit(before, after)
    const document = TextDocument.create(uri, 'text', 0, before)
    const edit = {range: {start: document.positionAt(change.offset), end: document.positionAt(change.end)}, newText: change.text}
    return this.state.capabilities.workspace?.workspaceEdit?.documentChanges
      ? {documentChanges: [TextDocumentEdit.create({uri, version}, [edit])]}
      : {changes: {[uri]: [edit]}}
  }

  private done(configUri: string, message: string): AllowWordResult {
    clearConfigCache()
    this.state.revalidateAll()
    this.notify(MessageType.Info, message)
    return {applied: true, configUri, message}
  }

  /** A plain window/showMessage notification (the `window.show*Message` helpers send a request that wants an answer). */
  private notify(type: MessageType, message: string): void {
    this.connection.sendNotification(ShowMessageNotification.type, {type, message}).catch(() => undefined)
  }

  private fail(message: string): AllowWordResult {
    this.notify(MessageType.Error, message)
    return {applied: false, message}
  }
}
