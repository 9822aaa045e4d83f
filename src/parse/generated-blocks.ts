import type { GeneratedBlock, Unparsed } from '../model.js'
import type { Source } from './tasks.js'

const marker = /<!--\s*(\/?)trackmd:([\w-]+)\s*-->/g

/**
 * Finds the blocks the tool generates between `<!-- trackmd:NAME -->` and
 * `<!-- /trackmd:NAME -->`, and says whether the walk is inside one.
 */
export class GeneratedBlocks {
  #open = new Map<string, number>()
  /**
   * Each opening marker that a closing one follows, by offset: whether
   * only the table the tool writes stands between the two.
   */
  #openings = new Map<number, boolean>()
  /** Names whose opening marker was refused, whose closing one is then not. */
  #refused = new Set<string>()
  #unmatched: Unparsed[] = []
  #markersRead = 0

  /**
   * @param text The whole file: an opening marker counts only when a
   *   closing one follows it somewhere, so that a marker left open does
   *   not hide the rest of the plan, and only when nothing but the table
   *   the tool writes stands between the two, so that markers placed
   *   around the plan never have it rewritten.
   */
  constructor(text: string) {
    // From the end, so that each opening marker finds the closing one
    // nearest after it in one pass.
    const nextClosing = new Map<string, number>()
    // Most trackers have no marker, which a plain search tells faster.
    const matches = text.includes('trackmd:') ? [...text.matchAll(marker)] : []

    for (const match of matches.reverse()) {
      const name = match[2] ?? ''
      const closing = nextClosing.get(name)

      if (match[1] === '/') nextClosing.set(name, match.index)
      else if (closing !== undefined) {
        const inside = text.slice(match.index + match[0].length, closing)
        this.#openings.set(match.index, holdsOnlyTable(inside))
      }
    }
  }

  /** Markers without their other half, which generate nothing. */
  get unmatched(): readonly Unparsed[] {
    return this.#unmatched
  }

  /**
   * How many markers the walk has read. What a marker does depends on the
   * markers before it (a closing one after a refused opening one is
   * silent), so a block that holds one depends on more than its text.
   */
  get markersRead(): number {
    return this.#markersRead
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
      this.#markersRead++
      const name = match[2] ?? ''
      const at = start + match.index
      const opened = this.#open.get(name)
      const holds = this.#openings.get(at)
      const closing = `<!-- /trackmd:${name} -->`
      let reason = ''

      if (match[1] === '' && holds === true) {
        this.#open.set(name, at + match[0].length)
      } else if (match[1] === '' && holds === false) {
        this.#refused.add(name)
        reason =
          `expected only the table trackmd writes between it and ` +
          `\`${closing}\`, found other text`
      } else if (match[1] === '') {
        reason = `expected \`${closing}\` after it, found none`
      } else if (opened !== undefined) {
        closed.push({ name, inside: source.lines.place(opened, at) })
        this.#open.delete(name)
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
