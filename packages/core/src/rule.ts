import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf, settingsOf, type Analysis, type DocumentSettings} from './analysis/index.js'
import type {Language} from './language/detect.js'
import type {Catalog} from './locale/catalog.js'
import {catalogs} from './locale/index.js'
import {report, type Finding} from './report.js'

export type Severity = 'error' | 'warning' | 'info'

/** The stable ids of pitchlint's rules. */
export type RuleId =
  | 'missing-who'
  | 'missing-what'
  | 'missing-ask'
  | 'unspecific-ask'
  | 'vague-target'
  | 'jargon'
  | 'unexplained-acronym'
  | 'hard-sentence'
  | 'hedge'
  | 'too-long'
  | 'missing-proof'

/** Options every rule plugin takes. */
export interface RuleOptions {
  /** How serious a finding is (default: the rule's `defaultSeverity`). */
  readonly severity?: Severity
  /** Language of the messages (default: the document's language). */
  readonly locale?: Language
}

export interface RuleContext {
  readonly file: VFile
  readonly analysis: Analysis
  /** Profile and the user's vocabulary (defaults when the plugin runs on its own). */
  readonly settings: DocumentSettings
  readonly texts: Catalog
  readonly locale: Language
  /** The severity configured for this rule. */
  readonly severity: Severity
  /** Report one finding; severity, ids and docs url are filled in. */
  readonly report: (finding: Finding) => void
}

export interface Rule {
  readonly id: RuleId
  /** One line on what the rule flags, per language: for rule lists, SARIF and editor settings. */
  readonly summary: Readonly<Record<Language, string>>
  /** The part of a pitch the rule protects. */
  readonly area: 'who' | 'what' | 'ask' | 'clarity' | 'confidence' | 'delivery' | 'credibility'
  readonly defaultSeverity: Severity
  readonly check: (context: RuleContext) => void
}

/** Base address of the rule docs; each rule's page is `<id>.md`. */
export const DOCS_URL = 'https://github.com/pitchlint/pitchlint/blob/main/docs/rules/'

export function ruleUrl(id: RuleId): string {
  return `${DOCS_URL}${id}.md`
}

/** Turn a rule into a retext plugin. */
export function rulePlugin(rule: Rule) {
  return function plugin(options: RuleOptions = {}) {
    return function transformer(tree: Root, file: VFile): undefined {
      runRule(rule, options, tree, file)
    }
  }
}

/**
 * Several rules as one retext plugin: what `check()` uses, so a document pays for one transformer
 * instead of one per rule. Each rule still runs exactly as its own plugin would.
 */
export function rulesPlugin(list: readonly {rule: Rule; options: RuleOptions}[]) {
  return function transformer(tree: Root, file: VFile): undefined {
    for (const {rule, options} of list) runRule(rule, options, tree, file)
  }
}

function runRule(rule: Rule, options: RuleOptions, tree: Root, file: VFile): void {
  const analysis = analysisOf(tree, file)
  const locale = options.locale ?? analysis.view.language
  const severity = options.severity ?? rule.defaultSeverity
  rule.check({
    file,
    analysis,
    settings: settingsOf(file, analysis),
    texts: catalogs[locale],
    locale,
    severity,
    report: (finding) => report(file, rule.id, severity, finding),
  })
}
