import {readFile} from 'node:fs/promises'
import {createTwoFilesPatch} from 'diff'
import writeFileAtomic from 'write-file-atomic'
import type {LintMessage} from '@pitchlint/core'

/** A fix that can be applied without asking: exactly one replacement, not overlapping another fix. */
export interface Edit {
  readonly offset: number
  readonly endOffset: number
  readonly text: string
}

/** The unambiguous edits among messages, in order; overlapping candidates are all dropped. */
export function unambiguousEdits(source: string, messages: readonly LintMessage[]): Edit[] {
  const candidates = messages
    .filter((message) => message.expected.length === 1 && source.slice(message.offset, message.endOffset) === message.actual)
    .map((message) => ({offset: message.offset, endOffset: message.endOffset, text: message.expected[0]!}))
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
  const overlapping = new Set<Edit>()
  candidates.forEach((edit, index) => {
    const next = candidates[index + 1]
    if (next && next.offset < edit.endOffset) {
      overlapping.add(edit)
      overlapping.add(next)
    }
  })
  return candidates.filter((edit) => !overlapping.has(edit) && edit.endOffset > edit.offset)
}

/** Apply edits back to front, so earlier offsets stay valid; text outside the edits is untouched. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let output = source
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    output = output.slice(0, edit.offset) + edit.text + output.slice(edit.endOffset)
  }
  return output
}

export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {context: 2})
}

/**
 * Write fixed text atomically (temporary file + rename), but only when the file still holds what was
 * linted: an editor may have saved it in between, and that text must not be lost.
 */
export async function writeFixed(path: string, linted: string, fixed: string): Promise<'written' | 'changed'> {
  const current = await readFile(path, 'utf8')
  // Files are linted without their byte order mark, as editors show them (see `readText`); the mark
  // is the file's own and stays.
  const bom = current.startsWith('\ufeff') && !linted.startsWith('\ufeff') ? '\ufeff' : ''
  if (current.slice(bom.length) !== linted) return 'changed'
  await writeFileAtomic(path, bom + fixed, {encoding: 'utf8'})
  return 'written'
}
