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
  /** Where the opening markers stand that hold only a table until closed. */
  #holding = new Set<number>()
  /** Names whose opening marker was refused, whose closing one is then not. */
  #refused = new Set<string>()
  #unmatched: Unparsed[] = []

  /**
   * @param text The whole file: an opening marker counts only when a
   *   closing one follows it somewhere, so that a marker left open does
   *   not hide the rest of the plan, and only when nothing but the table
   *   the tool writes stands between the two, so that markers placed
   *   around the plan never have it rewritten.
   */
  constructor(text: string) {
    const matches = [...text.matchAll(marker)]

    for (const match of matches) {
      if (match[1] !== '/') continue

      const name = match[2] ?? ''
      const offsets = this.#closings.get(name) ?? []
      offsets.push(match.index)
      this.#closings.set(name, offsets)
    }

    for (const match of matches) {
      if (match[1] !== '') continue

      const end = match.index + match[0].length
      const closing = this.#closings
        .get(match[2] ?? '')
        ?.find((offset) => offset > match.index)

      if (closing !== undefined && holdsOnlyTable(text.slice(end, closing))) {
        this.#holding.add(match.index)
      }
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
      const closing = `<!-- /trackmd:${name} -->`
      let reason = ''

      if (match[1] === '' && this.#holding.has(at)) {
        this.#open.set(name, at + match[0].length)
      } else if (match[1] === '/' && opened !== undefined) {
        closed.push({ name, inside: source.lines.place(opened, at) })
        this.#open.delete(name)
      } else if (match[1] === '' && closes.some((offset) => offset > at)) {
        this.#refused.add(name)
        reason =
          `expected only the table trackmd writes between it and ` +
          `\`${closing}\`, found other text`
      } else if (match[1] === '') {
        reason = `expected \`${closing}\` after it, found none`
      } else if (this.#refused.has(name)) {
        // The refused opening marker's finding already covers this one.
        this.#refused.delete(name)
      } else {
        reason = `expected \`<!-- trackmd:${name} -->\` before it, found none`
      }

      if (reason !== '') {
        this.#unmatched.push({
          kind: 'field',
          reason,
          text: match[0],
          place: source.lines.place(at, at + match[0].length)
        })
      }
    }

    return closed
  }
}

/**
 * Whether the text between two markers is blank lines and the rows of a
 * table, as the tool writes it: anything else there is the person's.
 */
function holdsOnlyTable(inside: string): boolean {
  return inside
    .split(/\r\n|\n|\r/)
    .every((line) => /^[ \t]*(?:\|.*)?$/.test(line))
}
