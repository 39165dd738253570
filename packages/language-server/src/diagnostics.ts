// Pure mapping from pitchlint's findings and errors to LSP diagnostics.
import {DiagnosticSeverity, type Diagnostic, type Position, type Range} from 'vscode-languageserver/node.js'
import {
  CONFIG_ERROR_CODE,
  DATA_FILE_CODE,
  SOURCE,
  TOO_LARGE_CODE,
  type DiagnosticData,
  type Finding,
  type FindingSeverity,
  type Language,
  type PitchlintSettings,
} from './protocol.js'

/** What the mapping needs from a document: LSP positions of UTF-16 offsets (handles \r\n and \r). */
export interface Positions {
  positionAt(offset: number): Position
}

const LEVELS: Record<PitchlintSettings['diagnosticLevel'], Record<FindingSeverity, DiagnosticSeverity>> = {
  default: {error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information},
  // One level down, so the Problems panel is not flooded: errors show as warnings, info as hints.
  hint: {error: DiagnosticSeverity.Warning, warning: DiagnosticSeverity.Information, info: DiagnosticSeverity.Hint},
}

export function severityFor(severity: FindingSeverity, level: PitchlintSettings['diagnosticLevel']): DiagnosticSeverity {
  return LEVELS[level][severity]
}

export function toDiagnostic(
  finding: Finding,
  document: Positions,
  level: PitchlintSettings['diagnosticLevel'],
  language?: Language,
): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    actual: finding.actual,
    expected: finding.expected,
    offset: finding.offset,
    endOffset: finding.endOffset,
    ...(language ? {language} : {}),
  }
  return {
    range: {start: document.positionAt(finding.offset), end: document.positionAt(finding.endOffset)},
    severity: severityFor(finding.severity, level),
    code: finding.ruleId,
    ...(finding.url ? {codeDescription: {href: finding.url}} : {}),
    source: SOURCE,
    message: finding.reason,
    data,
  }
}

/** The range of the first line of a text (where document-wide problems are shown). */
export function firstLine(text: string): Range {
  const end = text.search(/\r\n|\r|\n/)
  return {start: {line: 0, character: 0}, end: {line: 0, character: end === -1 ? text.length : end}}
}

/** The workspace config file is invalid: one error on the first line, pointing at the config file. */
export function configDiagnostic(text: string, description: string, config?: {uri: string; line?: number; column?: number}): Diagnostic {
  const range = firstLine(text)
  const at = {line: Math.max(0, (config?.line ?? 1) - 1), character: Math.max(0, (config?.column ?? 1) - 1)}
  return {
    range,
    severity: DiagnosticSeverity.Error,
    code: CONFIG_ERROR_CODE,
    source: SOURCE,
    message: `pitchlint config: ${description} Until it is fixed, this file is not linted.`,
    ...(config ? {relatedInformation: [{location: {uri: config.uri, range: {start: at, end: at}}, message: 'The invalid config file'}]} : {}),
  }
}

export function tooLargeDiagnostic(text: string, limit: number): Diagnostic {
  return {
    range: firstLine(text),
    severity: DiagnosticSeverity.Information,
    code: TOO_LARGE_CODE,
    source: SOURCE,
    message:
      `This file is too large to lint while typing: ${text.length} characters, over the limit of ${limit} ` +
      '(setting pitchlint.maxFileSize). Raise that setting to lint it here, or run `npx pitchlint <file>` in a terminal.',
  }
}

/** A YAML/JSON data file that cannot be parsed: its fields cannot be linted until the syntax is fixed. */
export function dataFileDiagnostic(text: string, description: string, line?: number, column?: number): Diagnostic {
  const lines = text.split(/\r\n|\r|\n/)
  const lineIndex = Math.min(Math.max(0, (line ?? 1) - 1), lines.length - 1)
  const character = Math.min(Math.max(0, (column ?? 1) - 1), lines[lineIndex]?.length ?? 0)
  const end = lines[lineIndex]?.length ?? 0
  return {
    range: {start: {line: lineIndex, character}, end: {line: lineIndex, character: Math.max(end, character)}},
    severity: DiagnosticSeverity.Information,
    code: DATA_FILE_CODE,
    source: SOURCE,
    message: `pitchlint cannot read this data file: ${description} Its fields are linted again once it parses.`,
  }
}
