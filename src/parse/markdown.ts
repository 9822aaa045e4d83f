import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Parses one block of Markdown (CommonMark with GFM) into mdast.
 *
 * Positions in the tree are relative to the block; add the block's start to
 * get offsets into the file.
 *
 * @param text The block's text.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}
