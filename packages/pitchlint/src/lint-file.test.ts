import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readText} from './lint-file.js'

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'pitchlint-read-'))
  writeFileSync(join(root, 'pitch.md'), '\ufeffIk ben Sanne.\n')
  mkdirSync(join(root, 'folder.md'))
  symlinkSync('loop-b.md', join(root, 'loop-a.md'))
  symlinkSync('loop-a.md', join(root, 'loop-b.md'))
  symlinkSync('gone.md', join(root, 'dangling.md'))
  expect(spawnSync('mkfifo', [join(root, 'pipe.md')]).status).toBe(0)
  return root
}

describe('readText', () => {
  it('reads UTF-8 text without the byte order mark, as editors show it', async () => {
    expect(await readText(join(folder(), 'pitch.md'), 'pitch.md')).toBe('Ik ben Sanne.\n')
  })

  it.each([
    ['pipe.md', 'pipe.md: is not a regular file (a pipe, socket or device); pipe text to pitchlint --stdin instead.'],
    ['folder.md', 'folder.md: is a directory; pass the files inside it.'],
    ['loop-a.md', 'loop-a.md: is a symbolic link loop; fix or remove the link.'],
    ['dangling.md', 'dangling.md: is a broken symbolic link; its target does not exist.'],
    ['missing.md', 'missing.md: no such file; check the path.'],
  ])('refuses %s in one line, without opening it (a FIFO would block)', async (name, message) => {
    const error = await readText(join(folder(), name), name).catch((caught: unknown) => caught)
    expect((error as {describe(): string}).describe()).toBe(message)
  })
})
