import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { splitBlocks } from '../../src/parse/split-blocks.js'
import { fixture, parseWhole } from './helpers.js'

const today = '2026-12-03'

/** The text of each block. */
function blockTexts(text: string): string[] {
  return splitBlocks(text).blocks.map((block) =>
    text.slice(block.start, block.end)
  )
}

/** A tracker of `weeks` weeks of `days` days, with traps between days. */
function generated(weeks: number, days: number): string {
  const parts = ['# Generated plan', '', 'Intro text.', '']
  let number = 0

  for (let week = 1; week <= weeks; week++) {
    parts.push(
      `# WEEK ${week}: Part ${week} (Days ${number + 1}-${number + days}) | Total: ${days * 3} Hours`,
      ''
    )
    for (let day = 1; day <= days; day++) {
      number++
      parts.push(
        `## DAY ${number} - Dec ${number} | Topic ${number} | ⏱️ 3 hours`,
        '',
        '**Morning Study (1 hour)**',
        `- [ ] Read chapter ${number} (20 min)`,
        `- [x] Take notes (40 min)`,
        '  - [ ] Nested note (5 min)',
        '',
        '```',
        '# comment in code',
        '- [ ] not a task',
        '```',
        '',
        '> - [ ] Quoted task (10 min)',
        '',
        `**Deliverable:** \`day${number}.py\` ✓ ${day % 2 ? 'done' : '_____'}  **Blockers:** ____`,
        '',
        '---',
        ''
      )
    }
    parts.push(
      `### ✅ WEEK ${week} CHECKPOINT (End of Day ${number})`,
      '- [ ] All done',
      '',
      `**Week ${week} Score:** ${80 + week} / 100 | **Actual Hours:** ____ (Goal: ${days * 3})`,
      ''
    )
  }
  parts.push(
    '# FINAL REFLECTION',
    '',
    '**What was hard?**',
    'Everything',
    '',
    '## OVERALL PROJECT METRICS',
    '',
    '| Metric | Value |',
    '|--------|-------|',
    `| Total Days | ${number} |`,
    '| Papers Read |  |',
    ''
  )
  return parts.join('\n')
}

describe('splitBlocks', () => {
  it('starts a block at each ATX heading', () => {
    expect(blockTexts('# A\ntext\n## B\n- [ ] x\n### C\n')).toEqual([
      '# A\ntext\n',
      '## B\n- [ ] x\n',
      '### C\n'
    ])
  })

  it('keeps text before the first heading as a block of its own', () => {
    expect(blockTexts('intro\n\n# A\n')).toEqual(['intro\n\n', '# A\n'])
  })

  it('gives one block for a text without headings, even an empty one', () => {
    expect(splitBlocks('just text').blocks).toEqual([{ start: 0, end: 9 }])
    expect(splitBlocks('').blocks).toEqual([{ start: 0, end: 0 }])
  })

  it('does not split at `#` lines in fenced code (``` and ~~~)', () => {
    const text = '# A\n```\n# in code\n```\n~~~\n# in tildes\n```\n~~~\n# B\n'
    expect(blockTexts(text)).toEqual([
      '# A\n```\n# in code\n```\n~~~\n# in tildes\n```\n~~~\n',
      '# B\n'
    ])
  })

  it('closes a fence only with the same marker, at least as long', () => {
    const text = '# A\n````\n```\n# in code\n````\n# B\n'
    expect(blockTexts(text)).toEqual([
      '# A\n````\n```\n# in code\n````\n',
      '# B\n'
    ])
  })

  it('does not split at `#` lines in an HTML comment', () => {
    const text = '# A\n<!--\n# in comment\n-->\n# B\n<!-- one line -->\n# C\n'
    expect(blockTexts(text)).toEqual([
      '# A\n<!--\n# in comment\n-->\n',
      '# B\n<!-- one line -->\n',
      '# C\n'
    ])
  })

  it('does not split at `#` lines in raw <pre>', () => {
    expect(blockTexts('# A\n<pre>\n# raw\n</pre>\n# B\n')).toEqual([
      '# A\n<pre>\n# raw\n</pre>\n',
      '# B\n'
    ])
  })

  it('does not split at `#` without a space or with 4 spaces of indent', () => {
    expect(blockTexts('# A\n#hashtag\n    # code\n# B\n')).toEqual([
      '# A\n#hashtag\n    # code\n',
      '# B\n'
    ])
  })

  it('keeps CRLF line endings inside the blocks', () => {
    expect(blockTexts('# A\r\ntext\r\n# B\r\n')).toEqual([
      '# A\r\ntext\r\n',
      '# B\r\n'
    ])
  })

  it('skips a BOM and the front matter, and returns the YAML', () => {
    const text = '\ufeff---\nyear: 2025\n---\n# A\n'
    expect(splitBlocks(text)).toEqual({
      blocks: [{ start: 20, end: 24 }],
      frontMatter: { start: 1, end: 20 },
      frontMatterText: 'year: 2025\n'
    })
  })

  it('takes `...` as the end of front matter, and no end as none', () => {
    expect(splitBlocks('---\na: 1\n...\n# A\n').frontMatterText).toBe('a: 1\n')
    expect(splitBlocks('---\na: 1\n# A\n').frontMatter).toBeNull()
  })
})

describe('parseTracker block by block equals one whole-file parse', () => {
  it('on the seed', () => {
    const text = fixture('seed/tracker.md')
    expect(parseTracker(text, { today })).toEqual(parseWhole(text, { today }))
  })

  it('on the garbled seed', () => {
    const text = fixture('seed-mojibake/tracker.md')
    expect(parseTracker(text, { today })).toEqual(parseWhole(text, { today }))
  })

  it('on a generated tracker of 3 weeks of 4 days', () => {
    const text = generated(3, 4)
    const tracker = parseTracker(text, { today })

    expect(tracker).toEqual(parseWhole(text, { today }))
    expect(tracker.days).toHaveLength(12)
    expect(tracker.days.map((day) => day.tasks.length)).toEqual(
      Array.from({ length: 12 }, () => 4)
    )
    expect(tracker.days.map((day) => day.deliverable?.done)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false
    ])
    expect(tracker.weeks.map((week) => week.score?.value)).toEqual([81, 82, 83])
    expect(tracker.questions.map((question) => question.answer.text)).toEqual([
      'Everything'
    ])
    expect(tracker.metrics?.rows.map((row) => row.value.text)).toEqual([
      '12',
      ''
    ])
  })

  it('on the same tracker with CRLF line endings', () => {
    const text = generated(2, 3).replace(/\n/g, '\r\n')
    expect(parseTracker(text, { today })).toEqual(parseWhole(text, { today }))
  })

  it('on fences and comments holding headings (split-blocks-traps)', () => {
    const text = fixture('split-blocks-traps/input.md')
    const tracker = parseTracker(text, { today })

    expect(tracker).toEqual(parseWhole(text, { today }))
    expect(
      tracker.days.map((day) => [
        day.number,
        day.tasks.map((task) => task.text)
      ])
    ).toEqual([
      [1, ['Before the fence (10 min)', 'After the comment (20 min)']],
      [2, ['Real task']]
    ])
    expect(tracker.unparsed).toEqual([])
  })

  it('on a heading inside an HTML block such as <details>', () => {
    const text = [
      '## Day 1 - Dec 6',
      '- [ ] a',
      '',
      '<details>',
      '## Day 2 - Dec 7',
      '- [ ] hidden',
      '</details>',
      '',
      '- [ ] b'
    ].join('\n')
    const tracker = parseTracker(text, { today })

    expect(tracker).toEqual(parseWhole(text, { today }))
    expect(tracker.days.map((day) => day.number)).toEqual([1])
    expect(tracker.days[0]?.tasks.map((task) => task.text)).toEqual(['a', 'b'])
  })

  it('on a heading indented inside a list item', () => {
    const text = [
      '## Day 1 - Dec 6',
      '- [ ] a',
      '  ## Day 2 - Dec 7',
      '- [ ] b'
    ].join('\n')
    const tracker = parseTracker(text, { today })

    expect(tracker).toEqual(parseWhole(text, { today }))
    expect(tracker.days.map((day) => day.number)).toEqual([1])
    expect(tracker.days[0]?.tasks.map((task) => task.text)).toEqual(['a', 'b'])
  })

  it.each([
    ['a processing instruction', '<?\n# DAY 1\n', 1],
    ['a declaration', '<!X\n# DAY 1\n>\n', 1],
    ['CDATA', '<![CDATA[\n# DAY 1\n]]>\n', 1],
    ['a fence after a list marker', '- ```\n  ```\n# x\n```\n# DAY 1\n', 2],
    ['an indented fence with code left of it', '  ```\ncode\n# DAY 1\n', 1],
    [
      'a fence under a paragraph that looks like HTML',
      '<span> x\n```\n\n# DAY 1\n',
      1
    ],
    ['lone CR line endings', '# A\r```\n# DAY 1\n', 1]
  ])('on %s, as a whole parse', (_, text, count) => {
    const whole = `# Plan\n${text}`

    expect(blockTexts(whole)).toHaveLength(count)
    expect(parseTracker(whole, { today })).toEqual(parseWhole(whole, { today }))
  })

  it('on random lines of fences, HTML and headings, as a whole parse', () => {
    const line = fc.constantFrom(
      '# WEEK 1: Plan (Days 1-2) | Total: 4 Hours',
      '## DAY 1 - Dec 6 | One | ⏱️ 2 hours',
      '### Extra (1 hour)',
      '   ## DAY 2 - Dec 7 | Indented | ⏱️ 2 hours',
      '    # indented code',
      '#no space',
      '- [ ] A task (20 min)',
      '- [x] Done (10 min)',
      '  - [ ] Nested (5 min)',
      '**Deliverable:** x ✓ _____  **Blockers:** ____',
      'Plain text',
      '',
      '```',
      '```js',
      '~~~',
      '````',
      '<!-- a comment',
      '<!-- one line -->',
      '-->',
      '<pre>',
      '</pre>',
      '<div>',
      '</div>',
      '> quoted',
      '> # quoted heading',
      '---',
      '  ```',
      '<?php',
      '?>',
      '<!DOCTYPE html>',
      '<!X',
      '<![CDATA[',
      ']]>',
      '<span> x',
      'x\r```',
      '- [ ] `code` task (5 min)',
      '[^1]: note',
      '[a]: https://example.com'
    )

    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        // A title first: a text that starts with `---` has front matter,
        // which a whole parse does not read.
        const text = ['# Plan', ...lines].join('\n') + '\n'

        expect(parseTracker(text, { today })).toEqual(
          parseWhole(text, { today })
        )
      }),
      { numRuns: Number(process.env.SPLIT_RUNS ?? 400) }
    )
  }, 600_000)
})
