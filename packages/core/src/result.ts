import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SlotName} from './data/types.js'
import type {Language} from './language/detect.js'
import type {ProfileId} from './profiles.js'
import type {Severity} from './rule.js'

/** One finding, in the stable shape of the API and `--format json`. */
export interface LintMessage {
  readonly ruleId: string
  readonly severity: Severity
  readonly reason: string
  /** 1-based. */
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  /** 0-based UTF-16 offsets: `text.slice(offset, endOffset) === actual`. */
  readonly offset: number
  readonly endOffset: number
  readonly actual: string
  readonly expected: readonly string[]
  readonly note: string
  readonly url: string
}

export interface PillarResult {
  readonly present: boolean
  readonly sentence?: string
}

export interface LintResult {
  file?: string
  readonly language: Language
  readonly profile: ProfileId
  /** 0–100; see docs/score.md. */
  readonly score: number
  readonly pillars: {
    readonly who: PillarResult
    readonly what: PillarResult
    readonly ask: PillarResult & {readonly specific: boolean; readonly slots: readonly SlotName[]}
  }
  readonly stats: {
    readonly words: number
    readonly sentences: number
    readonly spokenSeconds: number
    /** Reading ease of the whole text (Flesch-Douma for Dutch, Flesch for English); null when empty. */
    readonly readability: number | null
  }
  readonly messages: readonly LintMessage[]
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function toLintMessage(message: VFileMessage): LintMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    reason: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: start?.offset ?? 0,
    endOffset: end?.offset ?? start?.offset ?? 0,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    note: message.note ?? '',
    url: message.url ?? '',
  }
}

export function sortMessages(file: VFile): LintMessage[] {
  return file.messages
    .map(toLintMessage)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
}
