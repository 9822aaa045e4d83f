import type { Cookie, Task } from '../model.js'
import { cookiePattern, findCookies, type Source } from './tasks.js'

/** A cookie in a heading, waiting for the end of the heading's section. */
interface Pending {
  depth: number
  start: number
  end: number | null
  line: string
  lineStart: number
  source: Source
}

/**
 * Statistics cookies typed in headings. A heading's section can run over
 * several blocks, so its cookies are counted once the whole file is read.
 */
export class HeadingCookies {
  #pending: Pending[] = []

  /**
   * Ends the sections of earlier cookies at a heading, and starts one for
   * each cookie the heading holds.
   *
   * @param start Offset of the heading.
   * @param text The heading's text, without its `#` marks.
   * @param raw The heading as typed.
   * @param depth The heading's level.
   * @param source The block it stands in.
   */
  addHeading(
    start: number,
    text: string,
    raw: string,
    depth: number,
    source: Source
  ): void {
    this.closeSections(start, depth)

    if (text.search(cookiePattern) === -1) return

    this.#pending.push({
      depth,
      start,
      end: null,
      line: text,
      lineStart: start + raw.indexOf(text),
      source
    })
  }

  /** How many headings with cookies were read. */
  get size(): number {
    return this.#pending.length
  }

  /**
   * Ends the sections of earlier cookies at a heading with none.
   *
   * @param start Offset of the heading.
   * @param depth The heading's level.
   */
  closeSections(start: number, depth: number): void {
    for (const cookie of this.#pending) {
      if (cookie.end === null && depth <= cookie.depth) cookie.end = start
    }
  }

  /**
   * The cookies, each counting the tasks in its heading's section.
   *
   * @param tasks Every task of the file.
   * @param end The length of the file.
   */
  count(tasks: Task[], end: number): Cookie[] {
    return this.#pending.flatMap((cookie) => {
      const stop = cookie.end ?? end
      const below = tasks.filter(
        (task) =>
          task.place.start.offset > cookie.start &&
          task.place.start.offset < stop
      )

      return findCookies(cookie.line, cookie.lineStart, below, cookie.source)
    })
  }
}
