import type {Root, RootContent} from 'nlcst'
import type {Node, Point} from 'unist'
import type {Language} from '../language/detect.js'
import {parserFor} from './sentence-ends.js'

/** Blank lines: where one paragraph ends and the next begins (with the next line's indentation). */
const PARAGRAPH_BREAK = /\r?\n[ \t]*(?:\r?\n\s*)+|\r[ \t]*(?:\r\s*)+/g

/**
 * Plain text as nlcst, parsed paragraph by paragraph. The parser slows down more than linearly on long
 * texts (a 50,000-word text took six times longer whole than in paragraphs), and a paragraph never
 * spans a blank line, so the tree is the same; positions are moved to their place in the whole text.
 */
export function parseText(value: string, language: Language): Root {
  const pointAt = pointer(value)
  const children: RootContent[] = []
  for (const {node, offset} of parseParagraphs(value, language)) {
    if (!node.position) {
      node.position = {start: pointAt(offset), end: pointAt(offset + (node.type === 'WhiteSpaceNode' ? node.value.length : 0))}
    } else if (offset !== 0) {
      // The first paragraph of a text needs no move (a one-paragraph pitch: every node).
      shift(node, pointAt(offset), undefined)
    }
    children.push(node)
  }
  return {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(value)}}
}

/** A top-level node of one paragraph's parse, and where that paragraph starts in the whole text. */
export interface ParsedNode {
  readonly node: RootContent
  /** Add this to the node's offsets for offsets in the whole text. */
  readonly offset: number
}

/**
 * The children of the whole text's root, one paragraph at a time and with positions as the paragraph's
 * own parse gave them, so a caller that only needs what it derives from each paragraph can let the
 * paragraph's nodes go before the next is parsed, and one that only needs offsets adds `offset` instead
 * of moving every node (which cost a seventh of the parse on long texts).
 */
export function* parseParagraphs(value: string, language: Language): Generator<ParsedNode> {
  const parser = parserFor(language)
  let start = 0
  function* paragraph(end: number): Generator<ParsedNode> {
    if (end <= start) return
    const root = parser.parse(value.slice(start, end)) as Root
    for (const node of root.children) yield {node, offset: start}
  }
  for (const match of value.matchAll(PARAGRAPH_BREAK)) {
    yield* paragraph(match.index)
    // The blank lines between paragraphs: `parseText` gives them their position.
    yield {node: {type: 'WhiteSpaceNode', value: match[0]}, offset: match.index}
    start = match.index + match[0].length
  }
  yield* paragraph(value.length)
}

function endPoint(value: string): Point {
  let line = 1
  let lineStart = 0
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: value.length - lineStart + 1, offset: value.length}
}

/**
 * Line and column of offsets asked for in increasing order, counted like the parser counts them (line
 * feeds), in one pass over the text.
 */
function pointer(value: string): (offset: number) => Point {
  let line = 1
  let lineStart = 0
  let scanned = 0
  return (offset) => {
    for (let index = value.indexOf('\n', scanned); index !== -1 && index < offset; index = value.indexOf('\n', index + 1)) {
      line++
      lineStart = index + 1
    }
    scanned = Math.max(scanned, offset)
    return {line, column: offset - lineStart + 1, offset}
  }
}

/** Move a node parsed on its own to where it stands in the whole text. */
function shift(node: Node, base: Point, parent: Node['position']): void {
  const move = (point: Point) => {
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    if (point.offset !== undefined) point.offset += base.offset ?? 0
  }
  const position = node.position
  if (position) {
    // The parser shares point objects between a node and its first or last child: move each once.
    if (position.start !== parent?.start && position.start !== parent?.end) move(position.start)
    if (position.end !== position.start && position.end !== parent?.end && position.end !== parent?.start) move(position.end)
  }
  const children = (node as {children?: Node[]}).children
  if (children) for (const child of children) shift(child, base, position)
}
