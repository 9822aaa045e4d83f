import type { RootContent } from 'mdast'
import type * as FromMarkdown from 'mdast-util-from-markdown'
import type * as FootnoteTree from 'mdast-util-gfm-footnote'
import type * as TableTree from 'mdast-util-gfm-table'
import type * as TaskTree from 'mdast-util-gfm-task-list-item'
import type * as Footnote from 'micromark-extension-gfm-footnote'
import type * as Table from 'micromark-extension-gfm-table'
import type * as Task from 'micromark-extension-gfm-task-list-item'
import { onDemand } from '../load-on-demand.js'
import { checkNesting } from './nesting-depth.js'
import { scanBlock } from './scan-block.js'

/**
 * The top-level nodes of one block, reduced to what the tracker builder
 * reads: each node's type, the offsets and lines of its position, a
 * heading's depth, a list item's `checked`, an HTML node's value, and the
 * children of lists, items, quotes, tables and rows. Paragraphs, headings
 * and cells keep no children: the builder reads their text from the file.
 *
 * Small enough to send from a worker thread and to keep in a cache.
 */
export type BlockTree = RootContent[]

// In CommonMark, block structure is settled before any inline syntax is
// read, so turning the inline constructs off changes no block, list item or
// position: it only leaves paragraphs and headings as plain text, which the
// builder never reads. The task-list check stays: it decides `checked`.
// GFM's footnote calls are inline too; the search for a call's opening
// walks back over every token of the paragraph at each `]`, which took
// seconds on a line of a few thousand `[ ]`.
const inlineConstructs = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink'
]

// The parser is loaded when the line scanner first hands it a block.
const loadParser = onDemand<typeof FromMarkdown>('mdast-util-from-markdown')
const load = {
  table: onDemand<typeof Table>('micromark-extension-gfm-table'),
  task: onDemand<typeof Task>('micromark-extension-gfm-task-list-item'),
  footnote: onDemand<typeof Footnote>('micromark-extension-gfm-footnote'),
  tableTree: onDemand<typeof TableTree>('mdast-util-gfm-table'),
  taskTree: onDemand<typeof TaskTree>('mdast-util-gfm-task-list-item'),
  footnoteTree: onDemand<typeof FootnoteTree>('mdast-util-gfm-footnote')
}
let blockOptions: FromMarkdown.Options | null = null

// Of GFM, only what shapes blocks or decides a task: tables, task items and
// footnote definitions (containers, like quotes). Autolink literals and
// strikethrough are inline only.
function createOptions(): FromMarkdown.Options {
  return {
    extensions: [
      load.table().gfmTable(),
      load.task().gfmTaskListItem(),
      load.footnote().gfmFootnote(),
      { disable: { null: inlineConstructs } }
    ],
    mdastExtensions: [
      load.tableTree().gfmTableFromMarkdown(),
      load.taskTree().gfmTaskListItemFromMarkdown(),
      load.footnoteTree().gfmFootnoteFromMarkdown()
    ]
  }
}

/**
 * Parses one block of a tracker into its reduced tree: with the line
 * scanner when the block is made of the simple lines it reads, which most
 * are, and with micromark otherwise.
 *
 * @param text The block's text; positions are relative to it.
 */
export function parseBlockTree(text: string): BlockTree {
  return scanBlock(text) ?? parseWithMicromark(text)
}

/**
 * Parses one block of a tracker into its reduced tree with micromark, as
 * remark-parse with remark-gfm do but with the inline syntax off. The one
 * position that inline syntax moves, the start of a task's paragraph (past
 * the box only when plain text follows it), is one the builder does not
 * read: it finds the box from the item's own line. Tests compare the
 * models built from both.
 *
 * @param text The block's text; positions are relative to it.
 * @throws {NestingError} When a line nests quotes and lists deeper than
 *   trackmd reads (`maxNesting`).
 */
export function parseWithMicromark(text: string): BlockTree {
  checkNesting(text)
  blockOptions ??= createOptions()

  return loadParser()
    .fromMarkdown(text, blockOptions)
    .children.map(reduce) as BlockTree
}

/** Nodes whose children the builder walks. */
const containers = new Set([
  'blockquote',
  'footnoteDefinition',
  'list',
  'listItem',
  'table',
  'tableRow'
])

interface Reduced {
  type: string
  position?: {
    start: { line: number; offset: number }
    end: { line: number; offset: number }
  }
  depth?: number
  checked?: boolean | null
  value?: string
  children?: Reduced[]
}

/** A node with only what the builder reads; see `BlockTree`. */
function reduce(node: RootContent): Reduced {
  const reduced: Reduced = { type: node.type }
  const position = node.position

  if (position) {
    reduced.position = {
      start: { line: position.start.line, offset: position.start.offset ?? 0 },
      end: { line: position.end.line, offset: position.end.offset ?? 0 }
    }
  }

  if (node.type === 'heading') reduced.depth = node.depth
  if (node.type === 'listItem') reduced.checked = node.checked ?? null
  if (node.type === 'html') reduced.value = node.value

  if ('children' in node) {
    reduced.children = containers.has(node.type)
      ? (node.children as RootContent[]).map(reduce)
      : []
  }

  return reduced
}
