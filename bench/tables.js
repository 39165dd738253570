// Turns the raw bench figures into tables ({title, head, rows, note}), each with a note that says what
// its target is and whether it is met. The targets live here, never in timed tests.
export const TARGETS = {
  fullVsBare: 2, // the full pipeline within 2× the time of a bare retext parse of the same text
  scalingStep: 12, // linear enough: 10× the input within 12× the time, at each step
  lspPitchP95: 100, // ms: feedback on a pitch while typing stays under 100 ms, the usual bound for "instant"
}

const ms = (value) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`
const rate = (words, value) => Math.round((words / value) * 1000).toLocaleString('en')
const times = (value) => `${value.toFixed(2)}×`
const count = (value) => value.toLocaleString('en')

export function coreTable(rows) {
  const over = rows.filter((row) => row.ratio > TARGETS.fullVsBare)
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a))
  return {
    title: 'Core throughput: full pipeline vs a bare retext parse (in-process, medians; the ratio is the median of 9 alternating rounds)',
    head: ['text', 'words', 'bare parse', 'full', 'bare words/s', 'full words/s', 'full ÷ bare'],
    rows: rows.map((row) => [row.label, count(row.words), ms(row.bare), ms(row.full), rate(row.words, row.bare), rate(row.words, row.full), times(row.ratio)]),
    note:
      `Target: check() takes at most ${TARGETS.fullVsBare}× the time of a bare retext parse of the same text. ` +
      (over.length === 0
        ? `Met on all ${rows.length} texts.`
        : `Not met on ${over.length} of ${rows.length} texts (worst: ${times(worst.ratio)} on the ${worst.label}).`),
  }
}

export function rivalsTable(rows) {
  const english = rows.filter((row) => row.alex !== undefined)
  const speed = (row, other) => row[other] / row.full // words/s of pitchlint ÷ words/s of the other
  return {
    title: 'Core throughput beside alex and write-good (same English texts, in-process, medians)',
    head: ['text', 'words', 'pitchlint words/s', 'alex words/s', 'write-good words/s', 'pitchlint ÷ alex', 'pitchlint ÷ write-good'],
    rows: english.map((row) => [
      row.label,
      count(row.words),
      rate(row.words, row.full),
      rate(row.words, row.alex),
      rate(row.words, row.writeGood),
      times(speed(row, 'alex')),
      times(speed(row, 'writeGood')),
    ]),
    note:
      'No fixed target: this puts the figures in context. The ratios divide words/s, so above 1× means pitchlint is faster. ' +
      'alex (its text() API, which builds its processor on every call as check() does) runs retext-equality and retext-profanities on a retext parse; write-good runs regular expressions over the raw string. ' +
      english.map((row) => `${row.label}: pitchlint ${times(speed(row, 'alex'))} alex's speed and ${times(speed(row, 'writeGood'))} write-good's.`).join(' '),
  }
}

export function pluginsTable(rows) {
  const english = rows.filter((row) => row.plugins !== undefined)
  return {
    title: 'Context for the 2× target: retext-simplify and retext-readability on a retext parse (English, in-process, median of 9 alternating rounds)',
    head: ['text', 'words', 'pitchlint full ÷ bare', 'parse + retext-simplify ÷ bare', 'parse + retext-simplify + retext-readability ÷ bare'],
    rows: english.map((row) => [row.label, count(row.words), times(row.ratio), times(row.simplify), times(row.plugins)]),
    note:
      'No fixed target: the two plugins issue 3 names for English, run as a plain unified pipeline with their default options (the processor built once), ' +
      'show what the same two checks cost when used the usual way. pitchlint runs retext-simplify only on sentences that hold one of its phrases and scores ' +
      'readability with its own port of the same formulas (tested against retext-readability), which is how its whole pipeline stays below these figures. ' +
      english.map((row) => `${row.label}: pitchlint ${times(row.ratio)}, retext-simplify alone ${times(row.simplify)}, both plugins ${times(row.plugins)}.`).join(' '),
  }
}

export function scalingTable(steps) {
  const growth = steps.map((step) => step.growth)
  const verdicts = steps.slice(1).map((step, index) => {
    const ok = growth[index + 1] <= TARGETS.scalingStep
    return `${steps[index].factor}×→${step.factor}×: ${times(growth[index + 1])} (${ok ? 'met' : 'not met'})`
  })
  return {
    title: 'Scaling: the same 500-word Dutch text 1×, 10×, 100× (full pipeline; the growth is the median of 7 rounds that time every size)',
    head: ['input', 'words', 'median', 'runs', 'growth vs previous step', `within ${TARGETS.scalingStep}×?`],
    rows: steps.map((step, index) => [
      `${step.factor}×`,
      count(step.words),
      ms(step.ms),
      String(step.runs),
      growth[index] === undefined ? '—' : times(growth[index]),
      growth[index] === undefined ? '—' : growth[index] <= TARGETS.scalingStep ? 'yes' : 'no',
    ]),
    note: `Target: linear, i.e. 10× the input within ${TARGETS.scalingStep}× the time, at each step. ${verdicts.join('; ')}.`,
  }
}

export function cliTable(cli) {
  const [ours, alex] = cli.rows
  return {
    title: `CLI: start-up on one file and ${count(cli.files)} bios of 150 words, beside alex (medians)`,
    head: ['tool', 'start-up, 1 file', `${count(cli.files)} bios`, 'per file'],
    rows: cli.rows.map((row) => [row.name, ms(row.one), `${(row.many / 1000).toFixed(2)} s`, ms(row.many / cli.files)]),
    note:
      'No fixed target: alex is the nearest retext-based CLI, run on the same files. ' +
      `pitchlint takes ${times(ours.one / alex.one)} alex's time to start and lint one file, and ${times(ours.many / alex.many)} its time for ${count(cli.files)} files.`,
  }
}

export function lspTable(lsp) {
  const pitch = lsp.rows[0]
  return {
    title: 'Language server: didChange → publishDiagnostics (debounce 0), one character typed per edit',
    head: ['document', 'p50', 'p95'],
    rows: lsp.rows.map((row) => [row.label, ms(row.p50), ms(row.p95)]),
    note:
      `Target: p95 under ${TARGETS.lspPitchP95} ms on the ${pitch.label}; ${pitch.p95 <= TARGETS.lspPitchP95 ? 'met' : 'not met'} (${ms(pitch.p95)}). ` +
      `The 5,000-word document has no target; it shows how the cost grows. Resident memory of the server after both: ${Math.round(lsp.rssMb)} MB (no target).`,
  }
}
