import {describe, expect, it} from 'vitest'
import type {Finding, PitchReport} from './protocol.js'
import {contentSecurityPolicy, escapeHtml, groupFindings, renderBody, renderPage} from './report-html.js'
import {REPORT} from './fixtures.js'

function finding(ruleId: string, severity: Finding['severity'], actual: string, expected: string[] = []): Finding {
  return {ruleId, severity, reason: `${actual} is flagged`, line: 1, column: 5, endLine: 1, endColumn: 5 + actual.length, offset: 4, endOffset: 4 + actual.length, actual, expected, note: '', url: `https://example.org/${ruleId}`}
}

const WITH_FINDINGS: PitchReport = {
  ...REPORT,
  findings: [
    finding('hedge', 'warning', 'eigenlijk', ['']),
    finding('vague-target', 'warning', 'klanten'),
    finding('vague-target', 'warning', 'iedereen'),
    finding('missing-ask', 'error', 'Ik ben Sanne'),
    finding('jargon', 'info', '<script>alert(1)</script>', ['"quoted"']),
  ],
}

describe('report view', () => {
  it('shows the score, the three pillars, the speaking time against the budget and findings per rule', () => {
    const html = renderBody(WITH_FINDINGS, 'pitch.md')
    expect(html).toContain('>72<')
    for (const pillar of ['who', 'what', 'ask']) expect(html).toContain(`data-pillar="${pillar}"`)
    expect(html).toContain('Ik ben Sanne, fotograaf.')
    expect(html).toMatch(/31 s<span class="of"> of 40 s/)
    expect(html).toContain('within budget')
    expect(html).toMatch(/<code>vague-target<\/code><span class="count">2<\/span>/)
    expect(html).toContain('<em>delete</em>')
  })

  it('groups findings: errors first, then by count', () => {
    expect(groupFindings(WITH_FINDINGS.findings).map((group) => [group.ruleId, group.findings.length])).toEqual([
      ['missing-ask', 1],
      ['vague-target', 2],
      ['hedge', 1],
      ['jargon', 1],
    ])
  })

  it('marks a text over its budget', () => {
    const html = renderBody({...REPORT, stats: {...REPORT.stats, spokenSeconds: 60}}, 'pitch.md')
    expect(html).toContain('50% over budget')
    expect(html).toContain('bar-fill over')
  })

  it('escapes everything that comes from the document', () => {
    const html = renderBody(WITH_FINDINGS, '<b>x</b>.md')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>x</b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
  })

  it('has a strict CSP: no remote resources, only nonce’d style and script, no inline style attributes', () => {
    const page = renderPage({cspSource: 'https://webview', nonce: 'abc123', body: renderBody(WITH_FINDINGS, 'pitch.md')})
    const csp = contentSecurityPolicy('abc123')
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toMatch(/https?:/)
    expect(page).toContain('<style nonce="abc123">')
    expect(page).toContain('<script nonce="abc123">')
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).not.toMatch(/\sstyle="/)
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('says what is going on when there is no report', () => {
    expect(renderBody(undefined, '')).toContain('Open a Markdown or plain-text pitch')
    expect(renderBody({status: 'too-large', uri: 'file:///a.md', version: 1, message: 'Over pitchlint.maxFileSize'}, 'a.md')).toContain('Over pitchlint.maxFileSize')
  })
})
