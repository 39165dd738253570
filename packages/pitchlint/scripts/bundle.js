// Build step after `tsc -b`: ship the rule docs inside the package (for `--explain`, offline) and write
// the config JSON Schema generated from the rule registry (for editors and `$schema`).
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import {configSchema} from '../dist/config/schema.js'

const root = new URL('../../../', import.meta.url)
const pkg = new URL('../', import.meta.url)

mkdirSync(new URL('docs/', pkg), {recursive: true})
cpSync(new URL('docs/rules/', root), new URL('docs/rules/', pkg), {recursive: true})
cpSync(new URL('docs/inline-control.md', root), new URL('docs/inline-control.md', pkg))
cpSync(new URL('docs/markdown.md', root), new URL('docs/markdown.md', pkg))
mkdirSync(new URL('schema/', pkg), {recursive: true})
writeFileSync(new URL('schema/pitchlintrc.schema.json', pkg), `${JSON.stringify(configSchema, null, 2)}\n`)
