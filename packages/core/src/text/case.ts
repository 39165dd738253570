/** Give a replacement the capitalisation of the text it replaces ("Derhalve" → "Dus"). */
export function matchCase(replacement: string, actual: string): string {
  if (replacement === '' || actual === '') return replacement
  const first = actual.charAt(0)
  if (actual.length > 1 && actual === actual.toUpperCase() && actual !== actual.toLowerCase()) {
    return replacement.toUpperCase()
  }
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}
