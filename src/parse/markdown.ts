import type { Root } from 'mdast'
import type remarkGfm from 'remark-gfm'
import type remarkParse from 'remark-parse'
import type { unified } from 'unified'
import { onDemand } from '../load-on-demand.js'

// Loaded on the first parse: most runs never need the whole parser.
const loadUnified = onDemand<{ unified: typeof unified }>('unified')
const loadParse = onDemand<{ default: typeof remarkParse }>('remark-parse')
const loadGfm = onDemand<{ default: typeof remarkGfm }>('remark-gfm')
let processor: ReturnType<typeof createProcessor> | null = null

function createProcessor() {
  return loadUnified()
    .unified()
    .use(loadParse().default)
    .use(loadGfm().default)
    .freeze()
}

/**
 * Parses one block of Markdown (CommonMark with GFM) into mdast.
 *
 * Positions in the tree are relative to the block; add the block's start to
 * get offsets into the file.
 *
 * @param text The block's text.
 */
export function parseMarkdown(text: string): Root {
  processor ??= createProcessor()

  return processor.parse(text)
}
