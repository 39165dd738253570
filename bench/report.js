// Output of `npm run bench`: tables as aligned text for the terminal, or as bench/RESULTS.md with the machine.
import {readFileSync} from 'node:fs'
import os from 'node:os'

export function machine() {
  const cpus = os.cpus()
  let system = `${os.type()} ${os.release()}`
  try {
    const name = /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    if (name) system = `${name} (${system})`
  } catch {
    // Not Linux: the kernel name and release will do.
  }
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    ramGb: os.totalmem() / 1024 ** 3,
    system,
    node: process.version,
  }
}

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGb.toFixed(1)} GiB RAM, ${m.system}, node ${m.node}`
}

/** Columns padded to their widest cell: the first (a label) left-aligned, the figures right-aligned. */
export function tableText(table) {
  const widths = table.head.map((_, column) => Math.max(...[table.head, ...table.rows].map((row) => row[column].length)))
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  return [table.title, line(table.head), ...table.rows.map(line), table.note].join('\n')
}

export function tableMarkdown(table) {
  const line = (row) => `| ${row.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`
  const rule = `|${table.head.map((_, column) => (column === 0 ? ' --- ' : ' ---: ')).join('|')}|`
  return [`## ${table.title}`, '', line(table.head), rule, ...table.rows.map(line), '', table.note].join('\n')
}

export function resultsMarkdown({date, machine: m, command, tables}) {
  return [
    '# pitchlint bench results',
    '',
    `Written by \`${command}\`; regenerate rather than edit by hand.`,
    '',
    `- Date: ${date}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb.toFixed(1)} GiB RAM`,
    `- OS: ${m.system}`,
    `- Node: ${m.node}`,
    `- Command: \`${command}\``,
    '',
    'All times are medians over repeated runs in this one run on this machine (the latency table gives percentiles).',
    '',
    ...tables.flatMap((table) => [tableMarkdown(table), '']),
  ].join('\n')
}
