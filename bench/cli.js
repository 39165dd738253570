// CLI figures for `npm run bench`: 1,000 generated bios as separate files, and start-up on one file,
// pitchlint beside alex (a dev dependency used only here) on the same files.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {median} from './measure.js'

const PITCHLINT = new URL('../packages/pitchlint/bin/pitchlint.js', import.meta.url).pathname
const ALEX = new URL('../node_modules/alex/cli.js', import.meta.url).pathname

const sentences = [
  'Priya Shah is a wedding photographer based in Bristol.',
  'She has photographed more than 300 weddings across the South West since 2015.',
  'Her clients are couples who want relaxed pictures instead of stiff group photos.',
  'Before that she worked as a press photographer for a regional newspaper.',
  'She teaches a photography course for beginners at the local college every spring.',
  'Priya is looking for wedding planners and venue managers in Bath and Bristol.',
  'A good introduction for her is a barn venue that opens for weddings next year.',
  'She leverages cutting-edge gear to deliver a seamless experience.',
  'In her spare time she walks the coast path with her dog.',
  'Her work was featured in two national wedding magazines last year.',
]

/** A bio of about 150 words: sentences in an order that depends on the index, so files differ. */
function bio(index) {
  const words = []
  let step = 0
  while (words.length < 150) {
    words.push(...sentences[(index * 7 + step * 3) % sentences.length].split(' '))
    step++
  }
  return `${words.slice(0, 150).join(' ')}\n`
}

function time(command, args, cwd) {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, [command, ...args], {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, NO_COLOR: '1'}})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (child.status === null || child.status > 1) throw new Error(`${command} failed (${child.status} ${child.signal}): ${child.stderr.slice(0, 300)}`)
  return ms
}

export function benchCli({runs = 3, files = 1000} = {}) {
  const root = mkdtempSync(join(tmpdir(), 'pitchlint-bench-'))
  try {
    mkdirSync(join(root, 'bios'))
    for (let index = 0; index < files; index++) writeFileSync(join(root, 'bios', `bio-${index}.md`), bio(index))
    const rows = []
    for (const [name, bin] of [['pitchlint', PITCHLINT], ['alex', ALEX]]) {
      const one = median(Array.from({length: runs + 2}, () => time(bin, ['bios/bio-0.md'], root)))
      const many = median(Array.from({length: runs}, () => time(bin, ['bios'], root)))
      rows.push({name, one, many})
    }
    return {files, rows}
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}
