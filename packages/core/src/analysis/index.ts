import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Language} from '../language/detect.js'
import {DEFAULT_PROFILE, profiles, type Profile} from '../profiles.js'
import {sharedVocabulary, type Vocabulary} from '../vocabulary.js'
import {documentView, type DocumentView} from '../text/document.js'
import {findPillars, type Pillars} from './pillars.js'
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
  return {view, pillars: findPillars(view), vagueTargets: findVagueTargets(view)}
}
