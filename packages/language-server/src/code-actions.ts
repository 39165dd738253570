// Code actions for pitchlint's diagnostics: replacements from `expected`, "allow this word", "disable for
// this line" (Markdown) and "explain". Built from the diagnostic's `data`, checked against the current text.
import {unambiguousEdits} from 'pitchlint/node'
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ALLOWABLE_RULES, cleanWord} from './allow-word.js'
import {
  ALLOW_WORD_COMMAND,
  EXPLAIN_COMMAND,
  SOURCE,
  type AllowWordArguments,
  type DiagnosticData,
  type ExplainArguments,
  type Finding,
  type Language,
} from './protocol.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pitchlint`

export interface ActionOptions {
  /** Markdown syntax: control comments work. */
  readonly markdown: boolean
  /** The client takes `documentChanges` (versioned edits). */
  readonly versioned: boolean
  /** Ask the server to open the doc when "Explain" runs (the client supports window/showDocument). */
  readonly showDocs: boolean
  /** Locale of the explain summary. */
  readonly locale: Language
  /** Findings of the current version of the document (for "fix all"); empty when stale. */
  readonly findings: readonly Finding[]
}

const WORD_LIMIT = 100

export function codeActions(document: TextDocument, context: CodeActionContext, options: ActionOptions): CodeAction[] {
  const actions: CodeAction[] = []
  const disabled = new Set<string>()
  const explained = new Set<string>()
  for (const diagnostic of context.diagnostics) {
    const data = dataOf(diagnostic)
    if (!data) continue
    const range = currentRange(document, diagnostic, data)
    if (range) actions.push(...replacements(document, options, diagnostic, data, range))
    const word = cleanWord(data.actual)
    if (ALLOWABLE_RULES.has(data.ruleId) && range && word && word.length <= WORD_LIMIT && !/[\r\n]/.test(word)) {
      const args: AllowWordArguments = {uri: document.uri, word, ...(data.language ? {language: data.language} : {})}
      actions.push({
        title: `Allow “${word}” in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {title: `Allow “${word}” in this workspace`, command: ALLOW_WORD_COMMAND, arguments: [args]},
      })
    }
    const line = diagnostic.range.start.line
    if (options.markdown && !disabled.has(`${data.ruleId}:${line}`)) {
      disabled.add(`${data.ruleId}:${line}`)
      actions.push(disableForLine(document, options, diagnostic, data.ruleId, line))
    }
    if (!explained.has(data.ruleId)) {
      explained.add(data.ruleId)
      const args: ExplainArguments = {ruleId: data.ruleId, locale: options.locale, show: options.showDocs}
      actions.push({
        title: `Explain ${data.ruleId}`,
        diagnostics: [diagnostic],
        command: {title: `Explain ${data.ruleId}`, command: EXPLAIN_COMMAND, arguments: [args]},
      })
    }
  }
  const fixAll = fixAllAction(document, options)
  if (fixAll) actions.push(fixAll)
  return filterKinds(actions, context.only)
}

function replacements(document: TextDocument, options: ActionOptions, diagnostic: Diagnostic, data: DiagnosticData, range: Range): CodeAction[] {
  return data.expected.map((value) => ({
    title: value === '' ? `Remove “${data.actual.trim()}”` : `Replace with “${value}”`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: data.expected.length === 1,
    edit: workspaceEdit(document, options, [{range, newText: value}]),
  }))
}

function disableForLine(document: TextDocument, options: ActionOptions, diagnostic: Diagnostic, ruleId: string, line: number): CodeAction {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  const indent = /^[ \t]*/.exec(text)?.[0] ?? ''
  const eol = /\r\n$/.test(text) || (!/\n$/.test(text) && document.getText().includes('\r\n')) ? '\r\n' : '\n'
  return {
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, options, [
      {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: `${indent}<!-- pitchlint-disable-next-line ${ruleId} -->${eol}`},
    ]),
  }
}

/** Every unambiguous fix at once (one replacement, no overlap), for "Fix all" and fix-on-save. */
function fixAllAction(document: TextDocument, options: ActionOptions): CodeAction | undefined {
  const edits = unambiguousEdits(document.getText(), [...options.findings].map((finding) => ({...finding, expected: [...finding.expected]})))
  if (edits.length === 0) return undefined
  return {
    title: 'Fix all auto-fixable pitchlint problems',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(
      document,
      options,
      edits.map((edit) => ({range: {start: document.positionAt(edit.offset), end: document.positionAt(edit.endOffset)}, newText: edit.text})),
    ),
  }
}

function workspaceEdit(document: TextDocument, options: ActionOptions, edits: TextEdit[]): WorkspaceEdit {
  return options.versioned
    ? {documentChanges: [TextDocumentEdit.create({uri: document.uri, version: document.version}, edits)]}
    : {changes: {[document.uri]: edits}}
}

/** The diagnostic's range if the text there is still what was flagged; else the data's offsets if those still match. */
function currentRange(document: TextDocument, diagnostic: Diagnostic, data: DiagnosticData): Range | undefined {
  if (document.getText(diagnostic.range) === data.actual) return diagnostic.range
  const range = {start: document.positionAt(data.offset), end: document.positionAt(data.endOffset)}
  return document.getText(range) === data.actual ? range : undefined
}

function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== SOURCE) return undefined
  const data = diagnostic.data as Partial<DiagnosticData> | undefined
  if (!data || typeof data.ruleId !== 'string' || typeof data.actual !== 'string' || !Array.isArray(data.expected)) return undefined
  if (typeof data.offset !== 'number' || typeof data.endOffset !== 'number') return undefined
  const expected = data.expected.filter((value): value is string => typeof value === 'string')
  return {...(data as DiagnosticData), expected}
}

function filterKinds(actions: CodeAction[], only: readonly string[] | undefined): CodeAction[] {
  if (!only || only.length === 0) return actions
  return actions.filter((action) => action.kind && only.some((kind) => action.kind === kind || action.kind!.startsWith(`${kind}.`)))
}
