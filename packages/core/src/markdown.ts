import type {Html, Root as MdastRoot} from 'mdast'
import type {Node as UnistNode} from 'unist'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {frontmatter} from 'micromark-extension-frontmatter'
import type {Root} from 'nlcst'
import {ParseDutch} from 'parse-dutch'
import {ParseEnglish} from 'parse-english'
import {messageControl, type Marker} from 'unified-message-control'
import type {VFile} from 'vfile'
import type {Language} from './language/detect.js'
import type {Catalog} from './locale/catalog.js'
import {SOURCE} from './report.js'
import {DOCS_URL} from './rule.js'

/** Markdown that is not prose: code, front matter and raw HTML are never linted. */
const NOT_PROSE = ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']

export interface MarkdownTrees {
  readonly mdast: MdastRoot
  readonly nlcst: Root
}

/** Prose of a Markdown document as nlcst, with positions in the original file. */
export function markdownTrees(file: VFile, language: Language): MarkdownTrees {
  const mdast = fromMarkdown(String(file.value), {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
  })
  const Parser = language === 'nl' ? ParseDutch : ParseEnglish
  const nlcst = toNlcst(mdast, file, Parser, {ignore: NOT_PROSE}) as Root
  return {mdast, nlcst}
}

/**
 * Inline control comments: `<!-- pitchlint-disable jargon -->`, `<!-- pitchlint-enable -->`,
 * `<!-- pitchlint-disable-next-line hedge -->` (the next block). Without rule ids they apply to all
 * rules. Unknown rule ids get a warning, so a typo does not silently disable nothing.
 */
export function applyControlComments(mdast: MdastRoot, file: VFile, known: readonly string[], texts: Catalog): void {
  messageControl(mdast, {file, known: [...known], marker: controlMarker, name: SOURCE, source: SOURCE})
  // Its warnings about unknown rule ids become pitchlint messages with the same contract as findings.
  for (const message of file.messages) {
    if (message.source !== 'unified-message-control') continue
    const unknown = /`'?([^'`]+)'?`/.exec(message.reason)?.[1] ?? ''
    const place = message.place && 'start' in message.place ? message.place : undefined
    message.reason = texts.controlComment.reason(unknown)
    message.note = texts.controlComment.note(known)
    message.ruleId = 'control-comment'
    message.source = SOURCE
    message.fatal = false
    message.actual = place ? String(file.value).slice(place.start.offset ?? 0, place.end.offset ?? 0) : ''
    message.expected = []
    message.url = `${DOCS_URL.replace(/rules\/$/, '')}inline-control.md`
  }
}

const CONTROL = /^<!--\s*pitchlint-(disable-next-line|disable|enable)\b([^]*?)-->$/

export function controlMarker(node: UnistNode): Marker | undefined {
  if (node.type !== 'html') return undefined
  const match = CONTROL.exec((node as Html).value.trim())
  if (!match) return undefined
  const keyword = match[1] === 'disable-next-line' ? 'ignore' : match[1]
  const ids = (match[2] ?? '').trim()
  return {name: SOURCE, attributes: ids ? `${keyword} ${ids}` : `${keyword}`}
}
