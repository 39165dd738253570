import type {Html, Nodes as MdastNode, Paragraph, Root as MdastRoot} from 'mdast'
import type {Node as UnistNode} from 'unist'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {toNlcst} from 'mdast-util-to-nlcst'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import type {Root} from 'nlcst'
import {messageControl, type Marker} from 'unified-message-control'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {visit} from 'unist-util-visit'
import type {Language} from './language/detect.js'
import type {Catalog} from './locale/catalog.js'
import {createMessage, SOURCE} from './report.js'
import {DOCS_URL} from './rule.js'
import {parserFor} from './text/sentence-ends.js'

/** The docs folder: pages about Markdown sit beside the rule pages' folder. */
const DOCS_ROOT = DOCS_URL.replace(/rules\/$/, '')

/** Markdown that is not prose: code, front matter and raw HTML are never linted. */
const NOT_PROSE = ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']

export interface MarkdownTrees {
  readonly mdast: MdastRoot
  readonly nlcst: Root
}

/**
 * Container nesting (block quotes, list items) and emphasis runs beyond these make the Markdown
 * parsers slow (micromark takes seconds) and then overflow the stack (they recurse per level). No
 * pitch nests that deep, so such input is checked as plain text instead.
 */
const MAX_NESTING = 64
const LONG_EMPHASIS_RUN = /[*_]{64}/

/**
 * Prose of a Markdown document as nlcst, with positions in the original file; undefined when the
 * document is too deeply nested (or a paragraph too long) to parse safely, and is best read as text.
 */
export function markdownTrees(file: VFile, language: Language): MarkdownTrees | undefined {
  const source = String(file.value)
  if (LONG_EMPHASIS_RUN.test(source) || nestingDepth(source) > MAX_NESTING) return undefined
  try {
    return parseMarkdown(source, language)
  } catch (error) {
    // Stack overflow inside the parsers (e.g. a paragraph of 100,000+ words): fall back, never crash.
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/** Say once, at the top, that a Markdown file was checked as plain text (see `markdownTrees`). */
export function reportMarkdownFallback(file: VFile, texts: Catalog): void {
  const top = {line: 1, column: 1, offset: 0}
  createMessage(file, {
    reason: texts.markdownFallback.reason,
    place: {start: top, end: top},
    ruleId: 'markdown-fallback',
    severity: 'info',
    actual: '',
    expected: [],
    note: texts.markdownFallback.note,
    url: `${DOCS_ROOT}markdown.md`,
  })
}

/** The deepest run of block quote and list markers that opens a line. */
function nestingDepth(source: string): number {
  let deepest = 0
  for (const line of source.split(/\r\n|\r|\n/)) {
    const markers = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/.exec(line)?.[0]
    if (!markers) continue
    const depth = markers.replace(/\d{1,9}[.)]/g, '1').replace(/[ \t]/g, '').length
    if (depth > deepest) deepest = depth
  }
  return deepest
}

function parseMarkdown(source: string, language: Language): MarkdownTrees {
  // The Markdown parser drops a byte order mark, which would shift every position by one; a space of
  // the same length keeps offsets equal to those in the file.
  const value = source.replace(/^\ufeff/, ' ')
  const mdast = fromMarkdown(value, {
    // GitHub-flavoured Markdown: tables (each cell is checked on its own), task lists, strikethrough,
    // footnotes and bare links, as profile pages and READMEs use them.
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  })
  keepIndentation(mdast, value)
  const nlcst = toNlcst(cellsAsParagraphs(mdast), new VFile({value}), parserFor(language), {ignore: NOT_PROSE}) as Root
  return {mdast, nlcst}
}

/**
 * mdast-util-to-nlcst always skips tables; a copy of the tree with each table cell as a paragraph of
 * its own lets a price list or a table of services be checked, cell by cell, at its real place.
 */
function cellsAsParagraphs(tree: MdastRoot): MdastRoot {
  const convert = (node: MdastNode): MdastNode => {
    if (!('children' in node)) return node
    const children = (node.children as MdastNode[]).flatMap((child): MdastNode[] =>
      child.type === 'table'
        ? child.children.flatMap((row) =>
            row.children.map((cell): Paragraph => ({type: 'paragraph', children: cell.children, ...(cell.position ? {position: cell.position} : {})})),
          )
        : [convert(child)],
    )
    return {...node, children} as MdastNode
  }
  return convert(tree) as MdastRoot
}

/**
 * Markdown drops the indentation of a paragraph's continuation lines from text values, and the nlcst
 * positions then drift from the file. Where a text differs from its source only in white space, the
 * source is used as is, so every position stays exact.
 */
function keepIndentation(mdast: MdastRoot, value: string): void {
  visit(mdast, 'text', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const source = value.slice(start, end)
    if (source !== node.value && source.replace(/\s+/g, '') === node.value.replace(/\s+/g, '')) node.value = source
  })
}

/**
 * Inline control comments: `<!-- pitchlint-disable jargon -->`, `<!-- pitchlint-enable -->`,
 * `<!-- pitchlint-disable-next-line hedge -->` (the next block). Without rule ids they apply to all
 * rules. Unknown rule ids get a warning, so a typo does not silently disable nothing.
 */
export function applyControlComments(
  mdast: MdastRoot,
  file: VFile,
  known: readonly string[],
  texts: Catalog,
  reportUnused = false,
): void {
  const before = [...file.messages]
  messageControl(mdast, {file, known: [...known], marker: controlMarker, name: SOURCE, source: SOURCE})
  if (reportUnused) reportUnusedDisables(mdast, file, before, known, texts)
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
    message.url = `${DOCS_ROOT}inline-control.md`
  }
}

/**
 * A disable comment is unused when leaving it out lets through no extra finding: each one is tried
 * on its own against the findings from before the comments were applied.
 */
function reportUnusedDisables(
  mdast: MdastRoot,
  file: VFile,
  before: readonly VFileMessage[],
  known: readonly string[],
  texts: Catalog,
): void {
  const findings = (messages: readonly VFileMessage[]) =>
    messages.filter((message) => message.source === SOURCE && known.includes(message.ruleId ?? '')).length
  const kept = findings(file.messages)
  visit(mdast, 'html', (node) => {
    const marker = controlMarker(node)
    if (!marker || marker.attributes.startsWith('enable')) return
    const probe = new VFile({value: file.value})
    probe.messages = [...before]
    const without = (candidate: UnistNode) => (candidate === node ? undefined : controlMarker(candidate))
    messageControl(mdast, {file: probe, known: [...known], marker: without, name: SOURCE, source: SOURCE})
    if (findings(probe.messages) > kept || !node.position) return
    createMessage(file, {
      reason: texts.controlComment.unused,
      place: node.position,
      ruleId: 'control-comment',
      severity: 'warning',
      actual: String(file.value).slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0),
      expected: [''],
      note: texts.controlComment.unusedNote,
      url: `${DOCS_ROOT}inline-control.md`,
    })
  })
}

/** One comment only: a block holding two comments is not a marker, so ids never swallow a `-->`. */
const CONTROL = /^<!--\s*pitchlint-(disable-next-line|disable|enable)\b((?:(?!-->)[^])*)-->$/

export function controlMarker(node: UnistNode): Marker | undefined {
  if (node.type !== 'html') return undefined
  const match = CONTROL.exec((node as Html).value.trim())
  if (!match) return undefined
  const keyword = match[1] === 'disable-next-line' ? 'ignore' : match[1]
  const ids = (match[2] ?? '').trim()
  return {name: SOURCE, attributes: ids ? `${keyword} ${ids}` : `${keyword}`}
}
