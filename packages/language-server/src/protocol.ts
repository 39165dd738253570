// The custom part of pitchlint's language server protocol: method names and payload types, for clients
// (the VS Code extension, tests, other editors). Types only, besides the method-name strings: importing
// this module pulls in no runtime dependency (the result types come from pitchlint as type-only imports).
import type {Language, LintMessage, LintResult, PillarResult, RuleSetting, Severity} from 'pitchlint'

/** Request (client → server): the report of one document. Params: `ReportParams`; result: `ReportResult`. */
export const REPORT_REQUEST = 'pitchlint/report'

/** Notification (server → client) after each validation of an open document. Params: `ReportResult`. */
export const DID_REPORT_NOTIFICATION = 'pitchlint/didReport'

/** Command: add a word to `allow` in the nearest config file. Arguments: `[AllowWordArguments]`. */
export const ALLOW_WORD_COMMAND = 'pitchlint.allowWord'

/** Command: the Markdown documentation of a rule. Arguments: `[ruleId]` or `[ExplainArguments]`; result: `ExplainResult`. */
export const EXPLAIN_COMMAND = 'pitchlint.explain'

/** `source` of every diagnostic the server publishes. */
export const SOURCE = 'pitchlint'

/** `code` of the diagnostic shown when the workspace config file is invalid. */
export const CONFIG_ERROR_CODE = 'config'
/** `code` of the diagnostic shown instead of findings when a document is over `pitchlint.maxFileSize`. */
export const TOO_LARGE_CODE = 'too-large'
/** `code` of the diagnostic shown when a YAML/JSON data file cannot be parsed (its fields cannot be linted). */
export const DATA_FILE_CODE = 'data-file'

export type {Language}
export type FindingSeverity = Severity
export type RuleSettingValue = RuleSetting

/** Client settings, section `pitchlint` (read with `workspace/configuration`, per document). */
export interface PitchlintSettings {
  /** Lint at all (default true). */
  readonly enable: boolean
  /** Profile when the workspace config sets none: networking-pitch, elevator-pitch, speaker-bio, profile-about. */
  readonly profile?: string
  /** Language of the texts when the config sets none (default: detected). */
  readonly language?: Language
  /** Language of the messages when the config sets none (default: the text's language). */
  readonly locale?: Language
  /** Severity per rule; added to the config's `rules` (the config wins for a rule it names). */
  readonly rules: Readonly<Record<string, RuleSettingValue>>
  /** Words never flagged; added to the config's `allow`. */
  readonly allow: readonly string[]
  /** Globs of extra files to lint besides Markdown and plain text, e.g. `**\/bio*.yaml`. */
  readonly include: readonly string[]
  /** Milliseconds to wait after an edit before linting (default 150). */
  readonly debounce: number
  /** `default`: error → Error, warning → Warning, info → Information. `hint`: everything one level lower. */
  readonly diagnosticLevel: 'default' | 'hint'
  /** Documents longer than this many characters are not linted while typing (default 200000). */
  readonly maxFileSize: number
}

/** `data` of every finding's diagnostic: enough to build a fix without re-linting. */
export interface DiagnosticData {
  readonly ruleId: string
  readonly actual: string
  /** Replacements; `''` means delete `actual`. */
  readonly expected: readonly string[]
  /** 0-based UTF-16 offsets into the linted text. */
  readonly offset: number
  readonly endOffset: number
  /** Language of the text the finding is in. */
  readonly language?: Language
}

/** One finding, in the stable shape of pitchlint's API and `--format json`. */
export interface Finding extends LintMessage {
  /** For YAML/JSON data files: the field the finding is in, e.g. `speakers[0].bio`. */
  readonly field?: string
}

export type Pillar = PillarResult
export type Pillars = LintResult['pillars']
export type Stats = LintResult['stats']

/** The profile's length budget: speaking seconds, or words for texts that are read. */
export interface Budget {
  readonly seconds?: number
  readonly words?: number
}

/** One linted value of a YAML/JSON data file. */
export interface FieldReport {
  readonly field: string
  readonly language: Language
  readonly score: number
  readonly pillars: Pillars
  readonly stats: Stats
}

export interface ReportParams {
  readonly uri: string
}

/** A document that was linted. For a data file the top-level numbers are those of its lowest-scoring field. */
export interface PitchReport {
  readonly status: 'ok'
  readonly uri: string
  /** The document version linted; null for a file read from disk because it was not open. */
  readonly version: number | null
  readonly language: Language
  readonly profile: string
  readonly score: number
  readonly pillars: Pillars
  readonly stats: Stats
  readonly budget: Budget
  /** All findings, sorted by position. */
  readonly findings: readonly Finding[]
  /** Data files only: one entry per linted field. */
  readonly fields?: readonly FieldReport[]
}

/**
 * A document that was not linted, and why: `disabled` (pitchlint.enable is false), `not-linted` (not
 * Markdown, plain text or an included file; or a data file without `fields`), `ignored` (config
 * `ignore` or .pitchlintignore), `too-large` (over maxFileSize), `config-error` (the config file is
 * invalid), `data-file-error` (the YAML/JSON cannot be parsed), `closed` (the document was closed).
 */
export interface PitchStatus {
  readonly status: 'disabled' | 'not-linted' | 'ignored' | 'too-large' | 'config-error' | 'data-file-error' | 'closed'
  readonly uri: string
  readonly version: number | null
  /** One line for a status bar tooltip. */
  readonly message: string
}

export type ReportResult = PitchReport | PitchStatus

export interface AllowWordArguments {
  /** The document the word was found in: its nearest config file is edited. */
  readonly uri: string
  readonly word: string
  /** Language of the text: used when `allow` is an object with one list per language. */
  readonly language?: Language
}

export interface AllowWordResult {
  readonly applied: boolean
  /** The config file written (file URI). */
  readonly configUri?: string
  readonly message: string
}

export interface ExplainArguments {
  readonly ruleId: string
  /** Language of the summary line (default en). The rule docs themselves are in English. */
  readonly locale?: Language
  /** Also ask the client to open the bundled doc file (`window/showDocument`), when it can. */
  readonly show?: boolean
}

export interface ExplainResult {
  readonly ruleId: string
  /** The whole rule doc, Markdown. */
  readonly markdown: string
  /** file: URI of the bundled doc, when found. */
  readonly uri?: string
  /** The online doc. */
  readonly url: string
}
