// A small glob matcher for the `pitchlint.include` setting: `**`, `*`, `?`, `{a,b}` and `[abc]`.
// Paths use `/`. A pattern without `/` matches the file name in any folder (`bio*.yaml`).

const cache = new Map<string, RegExp>()

export function matchesGlob(path: string, pattern: string): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '')
  const glob = pattern.replace(/\\/g, '/').replace(/^\.\//, '')
  const target = glob.includes('/') ? normalized : (normalized.split('/').pop() ?? normalized)
  return toRegExp(glob).test(target)
}

export function matchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesGlob(path, pattern))
}

function toRegExp(glob: string): RegExp {
  let regexp = cache.get(glob)
  if (!regexp) {
    regexp = new RegExp(`^${translate(glob)}$`, process.platform === 'win32' ? 'i' : '')
    cache.set(glob, regexp)
  }
  return regexp
}

function translate(glob: string): string {
  let out = ''
  let braces = 0
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!
    if (char === '*') {
      if (glob[index + 1] === '*') {
        const atStart = index === 0 || glob[index - 1] === '/'
        const slashAfter = glob[index + 2] === '/'
        index++
        if (atStart && slashAfter) {
          index++
          out += '(?:[^/]*/)*' // `**/`: any number of folders, including none
        } else {
          out += '.*'
        }
      } else {
        out += '[^/]*'
      }
    } else if (char === '?') {
      out += '[^/]'
    } else if (char === '{') {
      braces++
      out += '(?:'
    } else if (char === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (char === ',' && braces > 0) {
      out += '|'
    } else if (char === '[') {
      const end = glob.indexOf(']', index + 1)
      if (end === -1) {
        out += '\\['
      } else {
        const body = glob.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')
        out += `[${body}]`
        index = end
      }
    } else {
      out += char.replace(/[.+^$()|\\\]]/g, '\\$&')
    }
  }
  return out + ')'.repeat(braces)
}
