import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {UserError} from './config/errors.js'
import {expandInputs} from './files.js'

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'pitchlint-files-'))
  mkdirSync(join(root, 'docs/sub'), {recursive: true})
  mkdirSync(join(root, 'empty.md'))
  writeFileSync(join(root, 'empty.md/notes.pdf'), '')
  writeFileSync(join(root, 'docs/pitch.md'), 'Ik ben Sanne.\n')
  symlinkSync('b.md', join(root, 'docs/a.md'))
  symlinkSync('a.md', join(root, 'docs/b.md'))
  symlinkSync('gone.md', join(root, 'docs/dangling.md'))
  symlinkSync('..', join(root, 'docs/sub/up'))
  return root
}

async function failure(inputs: string[], cwd: string): Promise<string> {
  const error = await expandInputs(inputs, cwd).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(UserError)
  return (error as UserError).describe()
}

describe('expandInputs', () => {
  it('does not follow symbolic links in a folder walk: loops and links to a parent are skipped', async () => {
    const root = tree()
    expect((await expandInputs(['docs'], root)).map((file) => relative(root, file))).toEqual(['docs/pitch.md'])
  })

  it('names a link loop and a broken link as such, not as a missing file', async () => {
    const root = tree()
    expect(await failure(['docs/a.md'], root)).toBe('docs/a.md: is a symbolic link loop; fix or remove the link.')
    expect(await failure(['docs/dangling.md'], root)).toBe('docs/dangling.md: is a broken symbolic link; its target does not exist.')
    expect(await failure(['docs/nothing.md'], root)).toBe('docs/nothing.md: no such file or directory; check the path.')
  })

  it('rejects a named folder without files to lint, such as a folder named like a file', async () => {
    expect(await failure(['empty.md'], tree())).toMatch(/^empty\.md: is a folder without files to lint \(\.md, .*\.json\); check the path\.$/)
  })
})
