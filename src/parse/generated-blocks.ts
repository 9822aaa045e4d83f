import type { GeneratedBlock, Unparsed } from '../model.js'
import type { Source } from './tasks.js'

const marker = /<!--\s*(\/?)trackmd:([\w-]+)\s*-->/g

/**
 * Finds the blocks the tool generates between `<!-- trackmd:NAME -->` and
 * `<!-- /trackmd:NAME -->`, and says whether the walk is inside one.
 */
export class GeneratedBlocks {
  #open = new Map<string, number>()
  #closings = new Map<string, number[]>()
  #unmatched: Unparsed[] = []

  /**
   * @param text The whole file: an opening marker counts only when a
   *   closing one follows it somewhere, so that a marker left open does
   *   not hide the rest of the plan.
   */
  constructor(text: string) {
    for (const match of text.matchAll(marker)) {
      if (match[1] !== '/') continue

      const name = match[2] ?? ''
      const offsets = this.#closings.get(name) ?? []
      offsets.push(match.index)
      this.#closings.set(name, offsets)
    }
  }

  /** Markers without their other half, which generate nothing. */
  get unmatched(): readonly Unparsed[] {
    return this.#unmatched
  }

  /** Whether the walk stands between an opening and a closing marker. */
  get isInside(): boolean {
    return this.#open.size > 0
  }

  /**
   * Reads the markers in an HTML node.
   *
   * @param html The node's source.
   * @param start Its offset in the file.
   * @param source The block it stands in.
   * @returns The blocks the node closes.
   */
  addComment(html: string, start: number, source: Source): GeneratedBlock[] {
    const closed: GeneratedBlock[] = []

    for (const match of html.matchAll(marker)) {
      const name = match[2] ?? ''
      const at = start + match.index
      const opened = this.#open.get(name)
      const closes = this.#closings.get(name) ?? []

      if (match[1] === '' && closes.some((offset) => offset > at)) {
        this.#open.set(name, at + match[0].length)
      } else if (match[1] === '/' && opened !== undefined) {
        closed.push({ name, inside: source.lines.place(opened, at) })
        this.#open.delete(name)
      } else {
        const other = match[1] === '' ? `/trackmd:${name}` : `trackmd:${name}`
        const where = match[1] === '' ? 'after' : 'before'

        this.#unmatched.push({
          kind: 'field',
          reason: `expected \`<!-- ${other} -->\` ${where} it, found none`,
          text: match[0],
          place: source.lines.place(at, at + match[0].length)
        })
      }
    }

    return closed
  }
}
