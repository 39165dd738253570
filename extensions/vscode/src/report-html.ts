// The pitch report as HTML for the webview. Pure (no `vscode`): unit-tested for escaping and CSP.
// Colours come from VS Code's theme variables; geometry (dial, bars) is SVG attributes, so the strict CSP
// needs no `unsafe-inline` and no style attributes.
import type {Finding, PitchReport, ReportResult} from './protocol.js'
import {budgetUse, formatBudget, formatSeconds, isReport} from './status.js'

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export interface PageOptions {
  /** `webview.cspSource` (unused for now: the page loads no resources; kept for fonts/images later). */
  readonly cspSource: string
  /** A fresh random nonce for the one style block and the one script. */
  readonly nonce: string
  /** The first body (the script replaces it on `render` messages). */
  readonly body: string
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ')
}

export function renderPage({nonce, body}: PageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Pitch report</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root">${body}</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`
}

const PILLAR_HINTS = {
  who: 'Not found. Say who you are: your name and your role.',
  what: 'Not found. Say concretely what you do or offer, for whom.',
  ask: 'Not found. Say who or what you are looking for: “I’m looking for …”.',
} as const

const SEVERITY_RANK = {error: 0, warning: 1, info: 2} as const

/** The report body: header, score dial, speaking time, the three pillars, findings grouped by rule. */
export function renderBody(result: ReportResult | undefined, fileName: string): string {
  const title = `<header><h1>Pitch report</h1><p class="meta">${escapeHtml(fileName)}</p></header>`
  if (!result) {
    return `${title}<p class="empty">Open a Markdown or plain-text pitch to see its report.</p>`
  }
  if (!isReport(result)) {
    return `${title}<p class="empty status-${escapeHtml(result.status)}">${escapeHtml(result.message)}</p>`
  }
  return [
    `<header><h1>Pitch report</h1><p class="meta">${escapeHtml(fileName)} · ${escapeHtml(result.language)} · ${escapeHtml(result.profile)}</p></header>`,
    '<section class="top">',
    renderDial(result.score),
    renderTime(result),
    '</section>',
    renderPillars(result),
    renderFields(result),
    renderFindings(result.findings),
  ].join('\n')
}

function band(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor'
}

function renderDial(score: number): string {
  const clamped = Math.max(0, Math.min(100, Math.round(score)))
  const r = 52
  const circumference = 2 * Math.PI * r
  const length = (circumference * clamped) / 100
  return `<div class="card dial" aria-label="score ${clamped} of 100">
<svg viewBox="0 0 120 120" width="120" height="120" role="img">
<circle class="dial-track" cx="60" cy="60" r="${r}" fill="none" stroke-width="12"/>
<circle class="dial-value band-${band(clamped)}" cx="60" cy="60" r="${r}" fill="none" stroke-width="12" stroke-linecap="round" stroke-dasharray="${length.toFixed(2)} ${circumference.toFixed(2)}" transform="rotate(-90 60 60)"/>
<text class="dial-number" x="60" y="60" text-anchor="middle" dominant-baseline="central">${clamped}</text>
<text class="dial-label" x="60" y="86" text-anchor="middle">/ 100</text>
</svg>
<div class="label">score</div>
</div>`
}

function renderTime(report: PitchReport): string {
  const {stats, budget} = report
  const use = budgetUse(stats, budget)
  const budgetText = formatBudget(budget)
  const byWords = budget.seconds === undefined && budget.words !== undefined
  const value = byWords ? `${stats.words} words` : formatSeconds(stats.spokenSeconds)
  let bar = ''
  if (use !== undefined) {
    const axis = Math.max(1, use) // the bar spans the budget, or the text when it is longer
    const fill = Math.min(100, (use / axis) * 100)
    const mark = 100 / axis
    bar = `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${Math.round(use * 100)}% of the budget">
<rect class="bar-track" x="0" y="0" width="100" height="10" rx="2"/>
<rect class="bar-fill ${use > 1 ? 'over' : 'within'}" x="0" y="0" width="${fill.toFixed(2)}" height="10" rx="2"/>
<rect class="bar-mark" x="${Math.max(0, mark - 0.4).toFixed(2)}" y="0" width="0.8" height="10"/>
</svg>`
  }
  const verdict = use === undefined ? '' : use > 1 ? `<span class="over-text">${Math.round((use - 1) * 100)}% over budget</span>` : '<span class="ok-text">within budget</span>'
  const readability = stats.readability === null ? '–' : String(Math.round(stats.readability))
  return `<div class="card time">
<div class="label">${byWords ? 'length' : 'speaking time'}</div>
<div class="big">${escapeHtml(value)}${budgetText ? `<span class="of"> of ${escapeHtml(budgetText)}</span>` : ''}</div>
${bar}
<div class="verdict">${verdict}</div>
<dl class="stats"><div><dt>words</dt><dd>${stats.words}</dd></div><div><dt>sentences</dt><dd>${stats.sentences}</dd></div><div><dt>reading ease</dt><dd>${readability}</dd></div><div><dt>spoken</dt><dd>${escapeHtml(formatSeconds(stats.spokenSeconds))}</dd></div></dl>
</div>`
}

function renderPillars(report: PitchReport): string {
  const {who, what, ask} = report.pillars
  const card = (name: 'who' | 'what' | 'ask', present: boolean, sentence: string | undefined, extra = '', vague = false): string => `<div class="card pillar ${present ? 'present' : 'missing'}${vague ? ' vague' : ''}" data-pillar="${name}">
<div class="pillar-head"><span class="pillar-mark">${present ? '✓' : '✗'}</span><span class="pillar-name">${name}</span></div>
${present && sentence ? `<blockquote>${escapeHtml(sentence)}</blockquote>` : present ? '<p class="hint">Present.</p>' : `<p class="hint">${PILLAR_HINTS[name]}</p>`}
${extra}
</div>`
  const slots = ask.slots.length > 0 ? ask.slots.map((slot) => `<span class="chip">${escapeHtml(slot)}</span>`).join('') : '<span class="chip none">no specifics yet</span>'
  const askExtra = ask.present
    ? `<div class="ask-specific ${ask.specific ? 'specific' : 'vague'}">${ask.specific ? 'specific' : 'not specific yet: name at least 2 of sector, role, company size, region, situation, example'}</div><div class="chips">${slots}</div>`
    : ''
  return `<section class="pillars">${card('who', who.present, who.sentence)}${card('what', what.present, what.sentence)}${card('ask', ask.present, ask.sentence, askExtra, ask.present && !ask.specific)}</section>`
}

function renderFields(report: PitchReport): string {
  if (!report.fields || report.fields.length === 0) return ''
  const rows = report.fields
    .map((field) => {
      const mark = (present: boolean): string => (present ? '✓' : '✗')
      return `<tr><td><code>${escapeHtml(field.field)}</code></td><td class="num band-text-${band(field.score)}">${field.score}</td><td>${mark(field.pillars.who.present)} ${mark(field.pillars.what.present)} ${mark(field.pillars.ask.present)}</td><td class="num">${escapeHtml(formatSeconds(field.stats.spokenSeconds))}</td></tr>`
    })
    .join('')
  return `<section class="fields"><h2>Fields</h2><table><thead><tr><th>field</th><th>score</th><th>who what ask</th><th>spoken</th></tr></thead><tbody>${rows}</tbody></table></section>`
}

interface Group {
  readonly ruleId: string
  readonly severity: Finding['severity']
  readonly findings: Finding[]
}

export function groupFindings(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, {ruleId: string; severity: Finding['severity']; findings: Finding[]}>()
  for (const finding of findings) {
    const group = groups.get(finding.ruleId)
    if (!group) {
      groups.set(finding.ruleId, {ruleId: finding.ruleId, severity: finding.severity, findings: [finding]})
      continue
    }
    group.findings.push(finding)
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[group.severity]) group.severity = finding.severity
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.findings.length - a.findings.length || a.ruleId.localeCompare(b.ruleId),
  )
}

function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<section class="findings"><h2>Findings</h2><p class="empty">No findings. 🎉</p></section>'
  const groups = groupFindings(findings)
  const counts = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.severity]++
  const summary = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `<span class="sev-count sev-${severity}">${counts[severity]} ${severity}${counts[severity] === 1 ? '' : 's'}</span>`)
    .join(' ')
  const body = groups
    .map((group) => {
      const items = group.findings
        .map((finding) => {
          const where = `${finding.line}:${finding.column}`
          const actual = finding.actual ? `<span class="actual">“${escapeHtml(clip(finding.actual, 80))}”</span> ` : ''
          const expected =
            finding.expected.length > 0
              ? `<span class="expected">→ ${finding.expected.map((item) => (item === '' ? '<em>delete</em>' : `“${escapeHtml(item)}”`)).join(', ')}</span>`
              : ''
          const field = finding.field ? `<code class="field">${escapeHtml(finding.field)}</code> ` : ''
          return `<li class="sev-${finding.severity}"><a href="#" class="where" data-line="${finding.line}" data-column="${finding.column}" data-end-line="${finding.endLine}" data-end-column="${finding.endColumn}">${where}</a> ${field}${actual}<span class="reason">${escapeHtml(finding.reason)}</span> ${expected}</li>`
        })
        .join('')
      return `<details class="group" open data-rule="${escapeHtml(group.ruleId)}"><summary><span class="dot sev-${group.severity}"></span><code>${escapeHtml(group.ruleId)}</code><span class="count">${group.findings.length}</span><a href="#" class="explain" data-explain="${escapeHtml(group.ruleId)}">explain</a></summary><ul>${items}</ul></details>`
    })
    .join('\n')
  return `<section class="findings"><h2>Findings <span class="summary">${summary}</span></h2>${body}</section>`
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

const STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; line-height: 1.45; }
h1 { font-size: 1.35em; margin: 14px 0 0; }
h2 { font-size: 1.05em; margin: 20px 0 8px; display: flex; gap: 10px; align-items: baseline; }
.meta { margin: 2px 0 12px; color: var(--vscode-descriptionForeground); }
.card { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, rgba(128,128,128,.35))); border-radius: 6px; padding: 10px 12px; background: var(--vscode-editorWidget-background, transparent); }
.top { display: grid; grid-template-columns: 150px 1fr; gap: 12px; align-items: stretch; }
.dial { text-align: center; }
.dial-track { stroke: var(--vscode-editorWidget-border, rgba(128,128,128,.3)); }
.dial-value.band-good { stroke: var(--vscode-testing-iconPassed, #3fb950); }
.dial-value.band-fair { stroke: var(--vscode-editorWarning-foreground, #d29922); }
.dial-value.band-poor { stroke: var(--vscode-editorError-foreground, #f85149); }
.band-text-good { color: var(--vscode-testing-iconPassed, #3fb950); }
.band-text-fair { color: var(--vscode-editorWarning-foreground, #d29922); }
.band-text-poor { color: var(--vscode-editorError-foreground, #f85149); }
.dial-number { font-size: 34px; font-weight: 600; fill: var(--vscode-foreground); }
.dial-label { font-size: 11px; fill: var(--vscode-descriptionForeground); }
.label { text-transform: uppercase; font-size: .78em; letter-spacing: .06em; color: var(--vscode-descriptionForeground); }
.big { font-size: 1.6em; font-weight: 600; margin: 4px 0 8px; }
.of { font-size: .6em; font-weight: normal; color: var(--vscode-descriptionForeground); }
.bar { width: 100%; height: 12px; display: block; }
.bar-track { fill: var(--vscode-editorWidget-border, rgba(128,128,128,.3)); }
.bar-fill.within { fill: var(--vscode-testing-iconPassed, #3fb950); }
.bar-fill.over { fill: var(--vscode-editorError-foreground, #f85149); }
.bar-mark { fill: var(--vscode-foreground); }
.verdict { margin-top: 4px; font-size: .9em; }
.over-text { color: var(--vscode-editorError-foreground, #f85149); }
.ok-text { color: var(--vscode-testing-iconPassed, #3fb950); }
.stats { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 10px 0 0; }
.stats div { display: flex; gap: 6px; }
.stats dt { color: var(--vscode-descriptionForeground); }
.stats dd { margin: 0; font-weight: 600; }
.pillars { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin-top: 12px; align-items: start; }
.pillar.present { border-left: 4px solid var(--vscode-testing-iconPassed, #3fb950); }
.pillar.missing { border-left: 4px solid var(--vscode-editorError-foreground, #f85149); }
.pillar.present.vague { border-left-color: var(--vscode-editorWarning-foreground, #d29922); }
.pillar-head { display: flex; gap: 8px; align-items: center; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; }
.pillar-mark { font-size: 1.3em; }
.present .pillar-mark { color: var(--vscode-testing-iconPassed, #3fb950); }
.missing .pillar-mark { color: var(--vscode-editorError-foreground, #f85149); }
blockquote { margin: 8px 0 0; padding: 2px 0 2px 10px; border-left: 2px solid var(--vscode-textBlockQuote-border, rgba(128,128,128,.5)); color: var(--vscode-foreground); font-style: italic; }
.hint { margin: 8px 0 0; color: var(--vscode-descriptionForeground); }
.ask-specific { margin-top: 8px; font-size: .9em; }
.ask-specific.specific { color: var(--vscode-testing-iconPassed, #3fb950); }
.ask-specific.vague { color: var(--vscode-editorWarning-foreground, #d29922); }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
.chip { border-radius: 10px; padding: 0 8px; font-size: .85em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.chip.none { background: transparent; border: 1px dashed var(--vscode-descriptionForeground); color: var(--vscode-descriptionForeground); }
.summary { font-weight: normal; font-size: .85em; display: inline-flex; gap: 8px; }
.sev-count.sev-error { color: var(--vscode-editorError-foreground, #f85149); }
.sev-count.sev-warning { color: var(--vscode-editorWarning-foreground, #d29922); }
.sev-count.sev-info { color: var(--vscode-editorInfo-foreground, #58a6ff); }
.group { border: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); border-radius: 6px; margin-bottom: 8px; }
.group summary { cursor: pointer; padding: 6px 10px; display: flex; gap: 8px; align-items: center; }
.group ul { margin: 0; padding: 0 10px 8px 30px; }
.group li { margin: 3px 0; }
.dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; flex: none; }
.dot.sev-error { background: var(--vscode-editorError-foreground, #f85149); }
.dot.sev-warning { background: var(--vscode-editorWarning-foreground, #d29922); }
.dot.sev-info { background: var(--vscode-editorInfo-foreground, #58a6ff); }
.count { border-radius: 10px; padding: 0 7px; font-size: .85em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.explain { margin-left: auto; font-size: .85em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
.where { font-family: var(--vscode-editor-font-family); font-size: .9em; }
.actual { font-weight: 600; }
.expected { color: var(--vscode-descriptionForeground); }
.empty { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); }
td.num { text-align: right; }
@media (max-width: 420px) { .top { grid-template-columns: 1fr; } }
`

const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'render' && typeof message.html === 'string') root.innerHTML = message.html;
  });
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-explain], [data-line]') : null;
    if (!target) return;
    event.preventDefault();
    if (target.dataset.explain) {
      vscode.postMessage({type: 'explain', ruleId: target.dataset.explain});
    } else {
      vscode.postMessage({type: 'reveal', line: Number(target.dataset.line), column: Number(target.dataset.column), endLine: Number(target.dataset.endLine), endColumn: Number(target.dataset.endColumn)});
    }
  });
})();
`
