// "Allow this word": add a word to `allow` in a pitchlint config file, keeping the rest of the file as it
// was (formatting, key order, YAML comments). Pure: takes the file's text, returns the new text.
import {basename} from 'node:path'
import * as jsonc from 'jsonc-parser'
import {isMap, isScalar, isSeq, parseDocument, type Document} from 'yaml'
import type {Language} from './protocol.js'

/**
 * Rules whose findings the `allow` list silences (core checks `allow` in these rules only). A finding of
 * another rule gets no "allow" action: the word would be written to the config and still be flagged.
 */
export const ALLOWABLE_RULES: ReadonlySet<string> = new Set(['jargon', 'unexplained-acronym', 'hedge', 'vague-target'])

export const NEW_CONFIG_NAME = '.pitchlintrc.json'

export type AllowPlan = {readonly kind: 'edit'; readonly text: string} | {readonly kind: 'already'}

/** The content of a new `.pitchlintrc.json` that allows `word`. */
export function newConfig(word: string): string {
  return `${JSON.stringify({allow: [word]}, null, 2)}\n`
}

/** The word as it goes into the list: the flagged text without surrounding spaces or quotes. */
export function cleanWord(actual: string): string {
  return actual.trim().replace(/\s+/g, ' ').replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
}

/** Add `word` to the `allow` list of a config file's text. `language` picks the list when `allow` has one per language. */
export function allowInConfig(path: string, text: string, word: string, language?: Language): AllowPlan {
  const name = basename(path)
  const json = /\.json$/i.test(name) || (name === '.pitchlintrc' && text.trimStart().startsWith('{'))
  return json ? allowInJson(text, name === 'package.json' ? ['pitchlint'] : [], word, language) : allowInYaml(text, word, language)
}

// JSON -----------------------------------------------------------------------------------------------

function allowInJson(text: string, prefix: readonly string[], word: string, language?: Language): AllowPlan {
  let current = text
  let changed = false
  for (const path of targets(() => jsonc.findNodeAtLocation(parse(current), [...prefix, 'allow'])?.type === 'object', language)) {
    const tree = parse(current)
    const list = jsonc.findNodeAtLocation(tree, [...prefix, ...path])
    if (list?.type === 'array' && (list.children ?? []).some((item) => same(item.value, word))) continue
    const next = insertJson(current, tree, prefix, path, word)
    if (!hasWord(jsonc.parse(next) as unknown, [...prefix, ...path], word)) throw new Error('could not add the word to the JSON config')
    current = next
    changed = true
  }
  return changed ? {kind: 'edit', text: current} : {kind: 'already'}
}

/** Where the word goes: `allow`, or `allow.<language>` (both lists when the language is not known). */
function targets(perLanguage: () => boolean, language?: Language): string[][] {
  if (!perLanguage()) return [['allow']]
  return (language ? [language] : ['nl', 'en']).map((key) => ['allow', key])
}

function parse(text: string): jsonc.Node {
  const errors: jsonc.ParseError[] = []
  const tree = jsonc.parseTree(text, errors, {allowTrailingComma: false, disallowComments: false})
  if (!tree || errors.length > 0) throw new Error('the config file is not valid JSON; fix it first')
  return tree
}

/** Insert by hand where possible, so the rest of the file keeps its layout; jsonc-parser's `modify` otherwise. */
function insertJson(text: string, tree: jsonc.Node, prefix: readonly string[], path: readonly string[], word: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const list = jsonc.findNodeAtLocation(tree, [...prefix, ...path])
  if (list?.type === 'array' && list.children && list.children.length > 0) {
    return append(text, list, list.children[list.children.length - 1]!, JSON.stringify(word), eol)
  }
  if (list?.type === 'array') {
    return `${text.slice(0, list.offset)}${JSON.stringify([word])}${text.slice(list.offset + list.length)}`
  }
  const owner = jsonc.findNodeAtLocation(tree, [...prefix, ...path.slice(0, -1)])
  const key = path[path.length - 1]!
  const property = `${JSON.stringify(key)}: ${JSON.stringify([word])}`
  if (owner?.type === 'object' && list === undefined && owner.children && owner.children.length > 0) {
    return append(text, owner, owner.children[owner.children.length - 1]!, property, eol)
  }
  const options: jsonc.ModificationOptions = {formattingOptions: {...indentation(text), eol}}
  return jsonc.applyEdits(text, jsonc.modify(text, [...prefix, ...path], [word], options))
}

/** Add `entry` after the last item of an array or object: on its own line when the container spans lines. */
function append(text: string, container: jsonc.Node, last: jsonc.Node, entry: string, eol: string): string {
  const end = last.offset + last.length
  const body = text.slice(container.offset, container.offset + container.length)
  if (!body.includes('\n')) return `${text.slice(0, end)}, ${entry}${text.slice(end)}`
  // Keep a comment after the last item on its line: the comma goes after the item, the entry after the line.
  const lineEnd = text.slice(end).search(/\r?\n/)
  const rest = lineEnd === -1 ? '' : text.slice(end, end + lineEnd)
  const at = /^\s*(\/\/.*|\/\*.*\*\/\s*)?$/.test(rest) && lineEnd !== -1 ? end + lineEnd : end
  const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', last.offset) + 1))?.[0] ?? ''
  return `${text.slice(0, end)},${text.slice(end, at)}${eol}${indent}${entry}${text.slice(at)}`
}

function indentation(text: string): {insertSpaces: boolean; tabSize: number} {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1]
  if (indent?.startsWith('\t')) return {insertSpaces: false, tabSize: 1}
  return {insertSpaces: true, tabSize: indent ? indent.length : 2}
}

function hasWord(data: unknown, path: readonly string[], word: string): boolean {
  let node = data
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  return Array.isArray(node) && node.some((item) => same(item, word))
}

// YAML -----------------------------------------------------------------------------------------------

function allowInYaml(text: string, word: string, language?: Language): AllowPlan {
  const document = parseDocument(text, {keepSourceTokens: false})
  if (document.errors.length > 0) throw new Error('the config file is not valid YAML; fix it first')
  const allow = document.get('allow', true)
  let changed = false
  if (isSeq(allow)) {
    changed = addToSeq(document, ['allow'], word)
  } else if (isMap(allow)) {
    for (const key of language ? [language] : ['nl', 'en']) {
      const list = allow.get(key, true)
      if (isSeq(list)) changed = addToSeq(document, ['allow', key], word) || changed
      else {
        document.setIn(['allow', key], document.createNode([word]))
        changed = true
      }
    }
  } else {
    document.set('allow', document.createNode([word]))
    changed = true
  }
  return changed ? {kind: 'edit', text: document.toString({lineWidth: 0})} : {kind: 'already'}
}

function addToSeq(document: Document, path: readonly string[], word: string): boolean {
  const list = document.getIn(path, true)
  if (isSeq(list) && list.items.some((item) => same(isScalar(item) ? item.value : item, word))) return false
  document.addIn(path, word)
  return true
}

function same(value: unknown, word: string): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === word.trim().toLowerCase()
}

// Edits ----------------------------------------------------------------------------------------------

/** The smallest single replacement that turns `before` into `after` (offsets into `before`). */
export function smallestEdit(before: string, after: string): {offset: number; end: number; text: string} {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let tail = 0
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++
  }
  return {offset: start, end: before.length - tail, text: after.slice(start, after.length - tail)}
}
