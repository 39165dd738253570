import type {Root} from 'nlcst'
import retextDutch from 'retext-dutch'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {analyseView, analysisOf} from './analysis/index.js'
import {computeScore} from './analysis/score.js'
import {documentReadability} from './analysis/readability.js'
import {spokenSeconds, spokenWords} from './analysis/speaking.js'
import {sharedVocabulary, type AllowOption, type DenyOption} from './vocabulary.js'
import {detectLanguage, type Language} from './language/detect.js'
import {DEFAULT_PROFILE, profiles, type ProfileId, type RuleSetting} from './profiles.js'
import {sortMessages, type LintResult} from './result.js'
import {rulesPlugin, type RuleId} from './rule.js'
import {ruleIds, rules} from './rules/index.js'
import {applyControlComments, markdownTrees, reportMarkdownFallback} from './markdown.js'
import {textView} from './text/document.js'
import {catalogs} from './locale/index.js'


export interface CheckOptions {
  /** Language of the text (default: detected per document and per paragraph). */
  readonly language?: Language
  /** Language of the messages (default: the text's language). */
  readonly locale?: Language
  /** Named set of rule severities and budgets (default: `networking-pitch`). */
  readonly profile?: ProfileId
  /** Per-rule severity, overriding the profile; `'off'` turns a rule off. */
  readonly rules?: Readonly<Partial<Record<RuleId, RuleSetting>>>
  /** Words never flagged: your product names and trade terms (one list, or one per language). */
  readonly allow?: AllowOption
  /** `markdown` lints prose only (not code, HTML or front matter) and honours control comments. */
  readonly syntax?: 'text' | 'markdown'
  /** With `syntax: 'markdown'`: report disable comments that silence nothing (rule id `control-comment`). */
  readonly reportUnusedDisables?: boolean
  /** Extra jargon with plain replacements: `{"ontzorgen": ["regelen"]}` (or one object per language). */
  readonly deny?: DenyOption
}

export interface CheckOutput {
  readonly file: VFile
  readonly result: LintResult
}


/** Run every enabled rule over a text and build the result. Pure: no I/O, runs in a browser too. */
export function check(value: string, options: CheckOptions = {}): CheckOutput {
  const profileId = options.profile ?? DEFAULT_PROFILE
  const profile = profiles[profileId]
  const guess = options.language ? undefined : detectLanguage(value)
  const language = options.language ?? guess?.language ?? 'en'
  const settingOf = (id: RuleId): RuleSetting =>
    options.rules?.[id] ?? profile.rules[id] ?? rules.find((rule) => rule.id === id)?.defaultSeverity ?? 'off'

  const file = new VFile({value})
  file.data.pitchlintSettings = {
    language,
    fixedLanguage: options.language !== undefined,
    profile,
    vocabulary: sharedVocabulary(options.allow, options.deny),
  }
  const processor = ruleProcessor(language, options.locale, rules.map((rule) => settingOf(rule.id)))
  const markdown = options.syntax === 'markdown' ? markdownTrees(file, language) : undefined
  if (!markdown) {
    // Plain text is analysed while it is parsed, paragraph by paragraph, and its tree is not kept
    // (see `textView`): the rules read the analysis, so they run on an empty root.
    file.data.pitchlint = analyseView(textView(value, language, options.language !== undefined))
  }
  const tree: Root = markdown ? markdown.nlcst : {type: 'RootNode', children: []}
  processor.runSync(tree, file)
  const texts = catalogs[options.locale ?? language]
  if (markdown) applyControlComments(markdown.mdast, file, ruleIds, texts, options.reportUnusedDisables)
  else if (options.syntax === 'markdown') reportMarkdownFallback(file, texts)

  const analysis = analysisOf(tree, file)
  const messages = sortMessages(file)
  const {pillars, view} = analysis
  const result: LintResult = {
    language,
    profile: profileId,
    score: computeScore(pillars, messages, settingOf),
    pillars: {
      who: pick(pillars.who),
      what: pick(pillars.what),
      ask: {...pick(pillars.ask), specific: pillars.ask.specific, slots: [...pillars.ask.slots]},
    },
    stats: {
      words: view.words,
      sentences: view.sentences.length,
      spokenSeconds: spokenSeconds(spokenWords(view), language),
      readability: documentReadability(view),
    },
    messages,
  }
  return {file, result}
}

/**
 * Frozen processors by language, locale and rule settings. Building and freezing one costs about as
 * much as checking a short pitch, and editors and CI check many texts with the same settings.
 */
const processors = new Map<string, Processor<Root, Root, Root>>()
const MAX_PROCESSORS = 64

function ruleProcessor(language: Language, locale: Language | undefined, settings: readonly RuleSetting[]) {
  const key = `${language}|${locale ?? ''}|${settings.join(',')}`
  let processor = processors.get(key)
  if (!processor) {
    const enabled = rules.flatMap((rule, index) => {
      const setting = settings[index]!
      return setting === 'off' ? [] : [{rule, options: {severity: setting, ...(locale ? {locale} : {})}}]
    })
    processor = createProcessor(language).use(() => rulesPlugin(enabled))
    processor.freeze()
    if (processors.size >= MAX_PROCESSORS) processors.clear()
    processors.set(key, processor)
  }
  return processor
}

function pick(hit: {present: boolean; sentence?: string}) {
  return hit.sentence === undefined ? {present: hit.present} : {present: hit.present, sentence: hit.sentence}
}

/** A bare parser for one language: the processor rules are added to. */
export function createProcessor(language: Language): Processor<Root, Root, Root> {
  return (language === 'nl' ? unified().use(retextDutch) : unified().use(retextEnglish)) as unknown as Processor<
    Root,
    Root,
    Root
  >
}
