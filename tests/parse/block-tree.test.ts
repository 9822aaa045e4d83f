import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { fixture, parseWhole } from './helpers.js'

const today = '2026-12-03'

// parseTracker reads blocks with the reduced parser (inline syntax off);
// parseWhole reads the whole text with remark-parse and remark-gfm. The
// models must not differ in anything.
describe('parseBlockTree', () => {
  it.each([
    'seed/tracker.md',
    'filled-tracker/input.md',
    'seed-mojibake/tracker.md',
    'small-plan/tracker.md',
    'split-blocks-traps/input.md'
  ])('reads %s as remark-gfm does', (path) => {
    const text = fixture(path)
    expect(parseTracker(text, { today })).toEqual(parseWhole(text, { today }))
  })

  it('reads a generated tracker as remark-gfm does', () => {
    const { text } = generateTracker(60)
    expect(parseTracker(text, { today })).toEqual(parseWhole(text, { today }))
  })

  it('reads tasks full of inline syntax as remark-gfm does', () => {
    const text = [
      '# WEEK 1: Inline (Days 1-1) | Total: 2 Hours',
      '',
      '## DAY 1 - Dec 6 | `code` **bold** [link](x) | ⏱️ 2 hours',
      '',
      '**Morning *Study* (1 hour)**',
      '- [ ] Read [the docs](https://example.com "t") (20 min)',
      '- [x] `- [ ] not a task` inside code (10 min)',
      '- [ ] <span>html</span> and &amp; and \\[escaped\\] (5 min)',
      '- [ ] ![image](a.png) then www.example.com (5 min)',
      '- [ ] ~~struck~~ and a footnote[^1] (5 min)',
      '- [x]',
      '- [ ]not a task',
      '- [X] upper case (5 min)',
      '* [ ] [link] reference (5 min)',
      '',
      // Footnote calls are inline, and not read: a line of brackets.
      `${'[ ] '.repeat(50)}[^1] and [^2]`,
      '',
      '[link]: https://example.com',
      '[^1]: A footnote with - [ ] a box',
      '[^2]:',
      '    - [x] a task in a footnote (5 min)',
      '',
      '| Metric | Value `a|b` |',
      '|---|---|',
      '| Total \\| Days | 1 |',
      '',
      '**Deliverable:** `day1.py` ✓ _____  **Blockers:** <b>none</b>',
      '',
      '> - [ ] quoted (5 min)',
      '',
      '<!-- trackmd-disable missed-day -->',
      ''
    ].join('\n')

    expect(parseTracker(text, { today })).toEqual(parseWhole(text, { today }))
  })

  it('reads random task lines as remark-gfm does', () => {
    const fragment = fc.constantFrom(
      'Read',
      ' ',
      '  ',
      '`code`',
      '*em*',
      '_em_',
      '**strong**',
      '[link](u)',
      '[ref]',
      '![i](a.png)',
      '<b>',
      '<https://a.b>',
      'www.a.com',
      'https://a.b',
      'me@a.com',
      'mailto:me@a.com',
      'xmpp:me@a.com',
      'HTTP://A.B',
      'WWW.a.com',
      'ftp://a.b',
      'Split:',
      '~~s~~',
      '\\[',
      '&amp;',
      'x:',
      '(20 min)',
      '|',
      '\n',
      '\n  - [ ] ',
      '\n> ',
      '\t',
      ' \n',
      '\r\n'
    )
    const item = fc.tuple(
      fc.constantFrom('- [ ] ', '- [x] ', '* [X] ', '1. [ ] ', '- [ ]', '- '),
      fc.array(fragment, { maxLength: 6 })
    )

    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (items) => {
        const text = [
          '## DAY 1 - Dec 6 | Random | ⏱️ 1 hours',
          '',
          ...items.map(([marker, parts]) => marker + parts.join('')),
          ''
        ].join('\n')

        expect(parseTracker(text, { today })).toEqual(
          parseWhole(text, { today })
        )
      }),
      { numRuns: Number(process.env.TASK_LINE_RUNS ?? 500) }
    )
  }, 60_000)
})
