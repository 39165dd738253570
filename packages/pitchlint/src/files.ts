import {existsSync, lstatSync, readFileSync, statSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {UserError} from './config/errors.js'

/** Extensions linted when a directory is given: prose and data files. */
export const PROSE_EXTENSIONS = ['md', 'markdown', 'mdx', 'txt', 'text']
export const DATA_EXTENSIONS = ['yaml', 'yml', 'json']
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export const IGNORE_FILE = '.pitchlintignore'

/**
 * Turn command-line paths, directories and globs into files, minus `.pitchlintignore` (gitignore
 * syntax, read from the working directory) and config `ignore` patterns. Named files are linted even
 * when an ignore pattern matches them only if they were named explicitly, as ESLint and Prettier do.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, extraIgnores: readonly string[] = []): Promise<string[]> {
  const ignorer = loadIgnore(cwd).add([...extraIgnores])
  const files = new Set<string>()
  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    if (!isDynamicPattern(input) && existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = await glob(`**/*.{${[...PROSE_EXTENSIONS, ...DATA_EXTENSIONS].join(',')}}`, {
          cwd: absolute,
          ignore: ALWAYS_IGNORED,
          absolute: true,
          followSymbolicLinks: false,
          dot: false,
        })
        // A folder named on the command line with nothing to lint is a wrong path, not a clean result.
        if (found.length === 0) throw new UserError(`is a folder without files to lint (${EXTENSIONS_HINT}); check the path.`, input)
        for (const file of found.sort()) if (!isIgnored(ignorer, cwd, file)) files.add(file)
      } else {
        files.add(absolute)
      }
      continue
    }
    if (!isDynamicPattern(input)) throw new UserError(missingReason(absolute), input)
    const found = await glob(input, {cwd, ignore: ALWAYS_IGNORED, absolute: true, followSymbolicLinks: false})
    if (found.length === 0) throw new UserError('the pattern matches no files; check the glob and quote it for your shell.', input)
    for (const file of found.sort()) if (!isIgnored(ignorer, cwd, file)) files.add(file)
  }
  return [...files]
}

const EXTENSIONS_HINT = [...PROSE_EXTENSIONS, ...DATA_EXTENSIONS].map((extension) => `.${extension}`).join(', ')

/** Why a named path cannot be found: a missing path, or a symbolic link that leads nowhere. */
function missingReason(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return 'no such file or directory; check the path.'
  } catch {
    return 'no such file or directory; check the path.'
  }
  try {
    statSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'is a symbolic link loop; fix or remove the link.'
  }
  return 'is a broken symbolic link; its target does not exist.'
}

function loadIgnore(cwd: string): Ignore {
  const ignorer = ignore()
  const path = join(cwd, IGNORE_FILE)
  if (existsSync(path)) ignorer.add(readFileSync(path, 'utf8'))
  return ignorer
}

function isIgnored(ignorer: Ignore, cwd: string, file: string): boolean {
  const path = relative(cwd, file)
  if (path.startsWith('..') || path === '') return false
  return ignorer.ignores(path.split(sep).join('/'))
}

export function extensionOf(file: string): string {
  const match = /\.([^./\\]+)$/.exec(file)
  return match ? match[1]!.toLowerCase() : ''
}
