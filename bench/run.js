// npm run bench: pitchlint's speed in one run on one machine, medians over repeated runs.
//   --core   skip the CLI part (the slowest) for a quick look at the engine
//   --write  also write bench/RESULTS.md (date, machine, command, every table with its verdict)
import {writeFileSync} from 'node:fs'
import {benchCore, benchScaling} from './core.js'
import {machine, machineLine, resultsMarkdown, tableText} from './report.js'
import {cliTable, coreTable, lspTable, pluginsTable, rivalsTable, scalingTable} from './tables.js'
import {textOf} from './measure.js'

const args = process.argv.slice(2)
const command = process.env.npm_lifecycle_event === 'bench' ? `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}` : ['node bench/run.js', ...args].join(' ')
const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC'
const host = machine()
console.log(`pitchlint bench · ${date} · ${machineLine(host)}`)

const tables = []
const show = (table) => {
  tables.push(table)
  console.log(`\n${tableText(table)}`)
}

const core = benchCore()
show(coreTable(core))
show(rivalsTable(core))
show(pluginsTable(core))
show(scalingTable(benchScaling()))

// The language server in its own process: typing latency and memory.
const {benchLsp} = await import('./lsp.js')
show(lspTable(await benchLsp([
  ['150-word pitch', textOf('nl', 150)],
  ['5,000-word document', textOf('nl', 5000)],
])))

if (!args.includes('--core')) {
  const {benchCli} = await import('./cli.js')
  show(cliTable(benchCli()))
}

if (args.includes('--write')) {
  const path = new URL('RESULTS.md', import.meta.url)
  writeFileSync(path, resultsMarkdown({date, machine: host, command, tables}))
  console.log(`\nwrote ${path.pathname}`)
}
