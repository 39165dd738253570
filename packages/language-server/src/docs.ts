// The rule docs bundled in the installed `pitchlint` package (docs/rules/<id>.md): read from disk, offline.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {isRuleId} from 'pitchlint'

export interface RuleDoc {
  readonly markdown: string
  /** file: URI of the doc. */
  readonly uri: string
}

const cache = new Map<string, RuleDoc | undefined>()

/** Folders to look in: the package's bundled copy first, then the repository's docs (a checkout before `npm run build`). */
function folders(): URL[] {
  const entry = new URL(import.meta.resolve('pitchlint'))
  return [new URL('../docs/rules/', entry), new URL('../../../docs/rules/', entry)]
}

export function ruleDoc(ruleId: string): RuleDoc | undefined {
  // Only known ids: the id may come from a client's command arguments and must never name another path.
  if (!isRuleId(ruleId)) return undefined
  if (cache.has(ruleId)) return cache.get(ruleId)
  let doc: RuleDoc | undefined
  for (const folder of folders()) {
    const path = fileURLToPath(new URL(`${ruleId}.md`, folder))
    if (!existsSync(path)) continue
    doc = {markdown: readFileSync(path, 'utf8'), uri: pathToFileURL(path).href}
    break
  }
  cache.set(ruleId, doc)
  return doc
}

/** The text under one `## heading` of a doc (without the heading), or undefined. */
export function section(markdown: string, heading: string): string | undefined {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading}`.toLowerCase())
  if (start === -1) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => /^##\s/.test(line))
  return (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
}

/** The lead paragraph under the `# title`. */
export function lead(markdown: string): string {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex((line) => /^#\s/.test(line))
  const paragraph: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') {
      if (paragraph.length > 0) break
      continue
    }
    if (/^#/.test(line)) break
    paragraph.push(line)
  }
  return paragraph.join('\n')
}

/** The first paragraph of a section (before any list, table or sub-heading). */
export function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0]?.trim() ?? ''
}
