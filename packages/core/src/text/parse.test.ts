import fc from 'fast-check'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../check.js'
import {parseText} from './parse.js'

function words(tree: Root): string[] {
  const found: string[] = []
  visit(tree, 'WordNode', (node) => {
    found.push(`${toString(node)}@${node.position?.start.offset}-${node.position?.end.offset}`)
  })
  return found
}

const paragraphs = fc.array(
  fc.constantFrom('Ik ben Sanne.', 'I help bakers in Leeds.', 'Indien u wilt, bel mij!', '  Ingesprongen regel.', 'Eén twee drie', 'x'),
  {minLength: 1, maxLength: 12},
)
const breaks = fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\n\n  ', ' ', '\n')

describe('parseText', () => {
  it('puts every node at its place in the whole text', () => {
    fc.assert(
      fc.property(paragraphs, fc.array(breaks, {minLength: 12, maxLength: 12}), fc.constantFrom<'nl' | 'en'>('nl', 'en'), (parts, gaps, language) => {
        const text = parts.map((part, index) => part + gaps[index]).join('')
        const place = location(new VFile(text))
        visit(parseText(text, language), (node) => {
          if (!node.position || node.type === 'RootNode') return
          const {start, end} = node.position
          if (node.type !== 'WhiteSpaceNode' && node.type !== 'ParagraphNode' && node.type !== 'SentenceNode') {
            expect(text.slice(start.offset, end.offset)).toBe(toString(node as never))
          }
          if (!text.includes('\r')) expect(place.toPoint(start.offset!)).toEqual(start)
        })
      }),
      {numRuns: 200},
    )
  })

  it('gives the same words as parsing the whole text when paragraphs end their sentences', () => {
    const text = 'Ik ben Sanne, boekhouder.\n\nIk help kappers in Utrecht. Bel mij!\n\n  Indien u wilt, mail mij.\n'
    expect(words(parseText(text, 'nl'))).toEqual(words(createProcessor('nl').parse(text) as Root))
  })
})
