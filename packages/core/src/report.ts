import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {RuleId, Severity} from './rule.js'
import type {DocumentView} from './text/document.js'
import {ruleUrl} from './rule.js'
import {isOnlyGreeting} from './text/greetings.js'

/** What a rule says about one place in the text. */
export interface Finding {
  readonly start: number
  readonly end: number
  readonly reason: string
  readonly note: string
  /** Replacements for the text between start and end; `''` means delete, none means no safe fix. */
  readonly expected?: readonly string[]
  /** Overrides the rule's severity for this finding (e.g. a sentence that is only a little long). */
  readonly severity?: Severity
}

export const SOURCE = 'pitchlint'

/** The one place that creates pitchlint's messages, so every message keeps the same contract. */
export function report(file: VFile, ruleId: RuleId, severity: Severity, finding: Finding): void {
  const place = locationOf(file)
  const start = place.toPoint(finding.start)
  const end = place.toPoint(finding.end)
  createMessage(file, {
    reason: finding.reason,
    place: start && end ? {start, end} : undefined,
    ruleId,
    severity: finding.severity ?? severity,
    actual: String(file.value ?? '').slice(finding.start, finding.end),
    expected: finding.expected ?? [],
    note: finding.note,
    url: ruleUrl(ruleId),
  })
}

/** Everything a pitchlint message carries; `report` fills it in for rule findings. */
export interface MessageFields {
  readonly reason: string
  readonly place: Position | undefined
  readonly ruleId: string
  readonly severity: Severity
  readonly actual: string
  readonly expected: readonly string[]
  readonly note: string
  readonly url: string
}

/** A message with every field of the contract, also for messages about the document rather than a rule. */
export function createMessage(file: VFile, fields: MessageFields): VFileMessage {
  // A message is an Error; its stack trace says nothing about the text and capturing it was the
  // costliest part of reporting, so none is taken.
  const errors = Error as {stackTraceLimit?: number | undefined}
  const limit = errors.stackTraceLimit
  errors.stackTraceLimit = 0
  const message = file.message(fields.reason, {place: fields.place, ruleId: fields.ruleId, source: SOURCE})
  errors.stackTraceLimit = limit
  message.fatal = fields.severity === 'error' ? true : fields.severity === 'warning' ? false : undefined
  message.actual = fields.actual
  message.expected = [...fields.expected]
  message.note = fields.note
  message.url = fields.url
  return message
}

/** One line index per file: building it is linear in the text, so it is not done per message. */
const locations = new WeakMap<VFile, ReturnType<typeof location>>()

function locationOf(file: VFile): ReturnType<typeof location> {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return place
}

/**
 * Where document-level messages point: the first sentence of prose, no further than the end of its
 * line, so Markdown front matter is never underlined and a one-line bio is not underlined whole. A
 * sentence that is only a greeting ("Goedemiddag.", "Hey!") is skipped: the message is about the pitch
 * that follows (held-out review 58).
 */
export function documentPlace(text: string, view: DocumentView): {start: number; end: number} {
  const first = view.sentences.find((sentence) => !isOnlyGreeting(sentence.tokens)) ?? view.sentences[0]
  if (!first) return {start: 0, end: 0}
  const newline = text.indexOf('\n', first.start)
  let end = Math.min(newline === -1 ? text.length : newline, first.end)
  while (end > first.start && /\s/.test(text.charAt(end - 1))) end--
  return {start: first.start, end}
}
