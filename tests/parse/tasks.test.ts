import type { List, Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/parse/line-index.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import type { Task } from '../../src/model.js'
import {
  findCookies,
  malformedLines,
  readList,
  type Source
} from '../../src/parse/tasks.js'
import { at } from './helpers.js'

function listOf(text: string): { list: List; source: Source } {
  const root = parseMarkdown(text)
  const list = root.children.find((node) => node.type === 'list')
  if (!list) throw new Error('no list')
  return { list, source: { text, lines: new LineIndex(text), base: 0 } }
}

describe('readList', () => {
  it('places a box that holds a tab or a line ending where it stands', () => {
    // GFM takes these as unticked boxes; the box must not be placed at -1.
    const text = '- [ ] a\n- [\n] b\n- [\t] c (5 min)\n'
    const { list, source } = listOf(text)
    const tasks = readList(list, source).tasks

    expect(
      tasks.map((task) => [
        task.text,
        task.checkbox.start.line,
        task.checkbox.start.offset,
        at(text, task.checkbox)
      ])
    ).toEqual([
      ['a', 1, 2, '[ ]'],
      ['b', 2, 10, '[\n]'],
      ['c (5 min)', 4, 18, '[\t]']
    ])
  })

  it('reads the box and text of a task whose text opens with syntax', () => {
    // remark-gfm leaves these paragraphs starting at the `[`, and an
    // earlier bracket must not be taken for the box.
    const text =
      '- [see](x) first\n- [ ] *Read* it (20 min)\n' +
      '1. [x]  `code` (5 min)\n'
    const lists = parseMarkdown(text).children.filter(
      (node): node is List => node.type === 'list'
    )
    const source = { text, lines: new LineIndex(text), base: 0 }
    const tasks = lists.flatMap((list) => readList(list, source).tasks)

    expect(
      tasks.map((task) => [
        task.text,
        task.minutes?.low,
        task.checkbox.start.offset,
        at(text, task.checkbox),
        at(text, task.place)
      ])
    ).toEqual([
      ['*Read* it (20 min)', 20, 19, '[ ]', '- [ ] *Read* it (20 min)'],
      ['`code` (5 min)', 5, 45, '[x]', '1. [x]  `code` (5 min)']
    ])
  })

  it('reads tasks with text, done, minutes, depth, checkbox and place', () => {
    const text = '- [ ] Read (20 min)\n- [x] Write\n  - [X] Sub (5 min)\n'
    const { list, source } = listOf(text)
    const { tasks, plain, unparsed } = readList(list, source)

    expect(
      tasks.map((task) => [
        task.text,
        task.done,
        task.minutes,
        task.depth,
        at(text, task.checkbox),
        at(text, task.place),
        task.place.start.line
      ])
    ).toEqual([
      [
        'Read (20 min)',
        false,
        { low: 20, high: 20, each: false },
        0,
        '[ ]',
        '- [ ] Read (20 min)',
        1
      ],
      ['Write', true, null, 0, '[x]', '- [x] Write', 2],
      [
        'Sub (5 min)',
        true,
        { low: 5, high: 5, each: false },
        1,
        '[X]',
        '- [X] Sub (5 min)',
        3
      ]
    ])
    expect(plain).toEqual([])
    expect(unparsed).toEqual([])
  })

  it('keeps only the first line of a task as its text', () => {
    const text = '- [ ] First line  \n  second line\n'
    const { list, source } = listOf(text)
    expect(readList(list, source).tasks[0]?.text).toBe('First line')
  })

  it('gives plain items for ratings, with their first line', () => {
    const text = '- PyTorch Mastery: 7\n- Docs: ____\n'
    const { list, source } = listOf(text)
    expect(
      readList(list, source).plain.map((item) => [
        item.text,
        text.slice(item.start, item.end)
      ])
    ).toEqual([
      ['PyTorch Mastery: 7', 'PyTorch Mastery: 7'],
      ['Docs: ____', 'Docs: ____']
    ])
  })

  it('keeps malformed checkboxes as unparsed tasks with a reason', () => {
    const text = '- [] a\n- [ x] b\n- [x]c\n- [ ]\n'
    const { list, source } = listOf(text)
    expect(
      readList(list, source).unparsed.map((entry) => [
        entry.kind,
        entry.text,
        entry.place.start.line,
        entry.reason
      ])
    ).toEqual([
      ['task', '[] a', 1, 'expected a checkbox `[ ]` or `[x]`, found `[]`'],
      ['task', '[ x] b', 2, 'expected a checkbox `[ ]` or `[x]`, found `[ x]`'],
      ['task', '[x]c', 3, 'expected a space after `[x]`, found `c`'],
      ['task', '[ ]', 4, 'expected text after the checkbox, found none']
    ])
  })

  it('does not take links or footnotes for malformed tasks', () => {
    const text = '- [link](https://example.com)\n- [abcd] e\n'
    const { list, source } = listOf(text)
    expect(readList(list, source).unparsed).toEqual([])
  })

  it('shifts places by the block base', () => {
    const whole = '# Title\n- [ ] a\n'
    const block = whole.slice(8)
    const root = parseMarkdown(block)
    const list = root.children[0] as List
    const source = { text: whole, lines: new LineIndex(whole), base: 8 }
    const task = readList(list, source).tasks[0]!

    expect(at(whole, task.place)).toBe('- [ ] a')
    expect(task.place.start).toEqual({ line: 2, column: 1, offset: 8 })
  })
})

describe('malformedLines', () => {
  it('finds task-like lines read as paragraph text', () => {
    const text = 'Intro\n-[ ] glued\n[ ] no bullet\n1.[x] glued number\r\nend'
    const root = parseMarkdown(text)
    const paragraph = root.children[0] as Paragraph
    const source = { text, lines: new LineIndex(text), base: 0 }

    expect(
      malformedLines(paragraph, source).map((entry) => [
        entry.text,
        entry.place.start.line,
        at(text, entry.place),
        entry.reason
      ])
    ).toEqual([
      [
        '-[ ] glued',
        2,
        '-[ ] glued',
        'expected a space between `-` and the checkbox, found none'
      ],
      [
        '[ ] no bullet',
        3,
        '[ ] no bullet',
        'expected a list marker such as `- ` before the checkbox, found none'
      ],
      [
        '1.[x] glued number',
        4,
        '1.[x] glued number',
        'expected a space between `1.` and the checkbox, found none'
      ]
    ])
  })

  it('finds none in a paragraph without a bracket, however the text runs on', () => {
    const text = 'No box here\n- plain\n\n-[ ] glued, after the paragraph\n'
    const root = parseMarkdown(text)
    const paragraph = root.children[0] as Paragraph
    const source = { text, lines: new LineIndex(text), base: 0 }

    expect(malformedLines(paragraph, source)).toEqual([])
    expect(
      malformedLines(root.children.at(-1) as Paragraph, source).map(
        (entry) => entry.place.start.line
      )
    ).toEqual([4])
  })
})

describe('findCookies', () => {
  const source = (text: string) => ({
    text,
    lines: new LineIndex(text),
    base: 0
  })
  const task = { done: true } as Task
  const cookiesIn = (line: string, tasks: Task[] = [task]) =>
    findCookies(line, 0, tasks, source(line)).map((cookie) =>
      line.slice(cookie.place.start.offset, cookie.place.end.offset)
    )

  it('finds empty and filled cookies', () => {
    expect(cookiesIn('Reading [/] and [%]')).toEqual(['[/]', '[%]'])
    expect(cookiesIn('Reading [1/2] and [50%]')).toEqual(['[1/2]', '[50%]'])
  })

  it('leaves brackets in code, HTML, links and escapes alone', () => {
    expect(cookiesIn('run `[%]` now')).toEqual([])
    expect(cookiesIn('[/](https://example.com) and [%][ref]')).toEqual([])
    expect(cookiesIn('[see](#x "[%]")')).toEqual([])
    expect(cookiesIn('<span title="[/]">x</span>')).toEqual([])
    expect(cookiesIn(String.raw`an escaped \[/] cookie`)).toEqual([])
  })

  it('finds none in a line without a bracket', () => {
    expect(cookiesIn('Reading (20 min) 1/2 50%')).toEqual([])
    expect(cookiesIn('Reading (20 min) 1/2 [50%]')).toEqual(['[50%]'])
  })

  it('reads a filled cookie with no tasks below it as text', () => {
    expect(cookiesIn('part [1/2] of the notes', [])).toEqual([])
    expect(cookiesIn('an empty [/] still counts', [])).toEqual(['[/]'])
  })
})
