import type { RootContent } from 'mdast'
import { offsets, type Source } from './tasks.js'

/** A paragraph line that is a bold label alone: `**Final Status:**`. */
export const strongLabel = /^(\*\*|__)([^*\n]+?)\1\s*$/

/**
 * Where the answer to a bold question stands, or null when the label is no
 * question: a line of underscores under it (blank, or with the answer typed
 * on the line right below it), or for a label ending in `?`, the paragraph
 * after it.
 *
 * @param typed The label as typed.
 * @param next The node after the label's paragraph.
 * @param afterNext The node after that.
 * @param source The block they stand in.
 */
export function findAnswer(
  typed: string,
  next: RootContent | undefined,
  afterNext: RootContent | undefined,
  source: Source
): [number, number] | null {
  if (next?.type === 'thematicBreak') {
    const [breakStart, breakEnd] = offsets(next, source)
    if (!/^\s*_/.test(source.text.slice(breakStart, breakEnd))) return null

    const typedBelow =
      afterNext?.type === 'paragraph' &&
      afterNext.position?.start.line === (next.position?.end.line ?? 0) + 1 &&
      !strongLabel.test(source.text.slice(...offsets(afterNext, source)))

    return typedBelow ? offsets(afterNext, source) : [breakStart, breakEnd]
  }

  if (next?.type === 'paragraph' && /\?\s*$/.test(typed.trim())) {
    const [answerStart, answerEnd] = offsets(next, source)
    const firstLine = source.text.slice(answerStart, answerEnd).split('\n')[0]

    return strongLabel.test(firstLine?.trim() ?? '')
      ? null
      : [answerStart, answerEnd]
  }

  return null
}
