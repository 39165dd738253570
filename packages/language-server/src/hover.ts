// Hover on a finding: the rule's summary, the finding's note (why + example) and the first part of the
// bundled rule doc, as Markdown. Offline: everything comes from the installed packages.
import {MarkupKind, type Hover, type Position} from 'vscode-languageserver/node.js'
import {rules} from 'pitchlint'
import {firstParagraph, lead, ruleDoc, section} from './docs.js'
import type {Positions} from './diagnostics.js'
import type {Finding, Language} from './protocol.js'

/** The rule docs are in English; a Dutch hover says so before quoting them. */
const LABELS: Record<Language, {docs: string; howToFix: string; more: string}> = {
  en: {docs: '', howToFix: 'How to fix', more: 'Rule documentation'},
  nl: {docs: '_Uit de documentatie (Engels):_ ', howToFix: 'How to fix', more: 'Documentatie van de regel'},
}

export interface LocatedFinding {
  readonly finding: Finding
  /** Language of the messages (the summary is shown in it). */
  readonly locale: Language
  /** Language of the text the finding is in. */
  readonly language?: Language
}

/** The findings whose range holds `position`, ends included (the cursor just after a word still hovers it). */
export function findingsAt(findings: readonly LocatedFinding[], document: Positions & {offsetAt(position: Position): number}, position: Position) {
  const offset = document.offsetAt(position)
  return findings.filter(({finding}) => finding.offset <= offset && offset <= finding.endOffset)
}

export function hoverFor(found: readonly LocatedFinding[], document: Positions): Hover | null {
  const [first] = found
  if (!first) return null
  const value = found.map(explain).join('\n\n---\n\n')
  return {
    contents: {kind: MarkupKind.Markdown, value},
    range: {start: document.positionAt(first.finding.offset), end: document.positionAt(first.finding.endOffset)},
  }
}

/** Markdown for one finding. Exported for tests and the explain command. */
export function explain({finding, locale}: LocatedFinding): string {
  const rule = rules.find((candidate) => candidate.id === finding.ruleId)
  const labels = LABELS[locale]
  const parts = [`**pitchlint · \`${finding.ruleId}\`** — ${rule?.summary[locale] ?? ''}`.trim(), escape(finding.reason)]
  if (finding.note) parts.push(escape(finding.note))
  const doc = ruleDoc(finding.ruleId)
  if (doc) {
    // The lead says in one sentence what the rule flags ("What it flags" is the fallback); then "How to fix".
    const flags = lead(doc.markdown) || firstParagraph(section(doc.markdown, 'What it flags') ?? '')
    const howToFix = section(doc.markdown, 'How to fix')
    const base = finding.url || doc.uri
    if (flags) parts.push(`${labels.docs}${absoluteLinks(flags, base)}`)
    if (howToFix) parts.push(`**${labels.howToFix}**\n\n${absoluteLinks(howToFix, base)}`)
  }
  if (finding.url) parts.push(`[${labels.more}](${finding.url})`)
  return parts.join('\n\n')
}

/** Links in the docs are relative to the doc file; in a hover they must be absolute. */
function absoluteLinks(markdown: string, base: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (/^[a-z][\w+.-]*:/i.test(target)) return whole
    try {
      return `](${new URL(target, base).href})`
    } catch {
      return whole
    }
  })
}

/** Findings quote the user's text; keep it from being read as Markdown markup. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1')
}
