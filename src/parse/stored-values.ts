import type { Place, Point } from '../model.js'

/** A value of a stored fragment's flat list. */
export type StoredValue = string | number | null

/** Where a block starts: the base its stored places are counted from. */
export interface Base {
  offset: number
  line: number
}

/**
 * Appends values to a flat list, and places as three numbers a point:
 * line and offset counted from a block's start, and the column, which a
 * block starting at the start of a line leaves as it is.
 */
export class Writer {
  readonly #out: StoredValue[]
  readonly #base: Base

  /**
   * @param out The list to append to.
   * @param base Where the block starts.
   */
  constructor(out: StoredValue[], base: Base) {
    this.#out = out
    this.#base = base
  }

  values(...values: StoredValue[]): void {
    this.#out.push(...values)
  }

  place(place: Place): void {
    this.#point(place.start)
    this.#point(place.end)
  }

  #point(point: Point): void {
    this.#out.push(
      point.line - this.#base.line,
      point.column,
      point.offset - this.#base.offset
    )
  }
}

/**
 * Reads a flat list in the order a `Writer` wrote it, checking the type of
 * each value, and restores places as if the block started at offset 0 on
 * line 1, gathering every point it makes so that they can be moved.
 */
export class Reader {
  readonly #values: readonly unknown[]
  /** Every point read so far. */
  readonly points: Point[] = []
  #index = 0

  /**
   * @param values The stored list.
   * @throws {TypeError} When it is not a list.
   */
  constructor(values: unknown) {
    if (!Array.isArray(values)) throw new TypeError('Expected stored values')
    this.#values = values
  }

  number(): number {
    const value = this.#values[this.#index++]
    if (typeof value !== 'number') throw new TypeError('Expected a number')
    return value
  }

  // This and `stringOrNull` are written out rather than sharing a helper
  // that takes a function: a function made per value cost time on the
  // 10,000 days of a large cache.
  numberOrNull(): number | null {
    if (this.#values[this.#index] !== null) return this.number()

    this.#index++
    return null
  }

  string(): string {
    const value = this.#values[this.#index++]
    if (typeof value !== 'string') throw new TypeError('Expected a string')
    return value
  }

  stringOrNull(): string | null {
    if (this.#values[this.#index] !== null) return this.string()

    this.#index++
    return null
  }

  place(): Place {
    const values = this.#values
    const at = this.#index

    // Six numbers checked and read in one call rather than eight: a cache
    // holds tens of thousands of places, read by code not yet optimised.
    for (let index = at; index < at + 6; index++) {
      if (typeof values[index] !== 'number') {
        throw new TypeError('Expected a number')
      }
    }
    this.#index = at + 6

    const start = {
      line: (values[at] as number) + 1,
      column: values[at + 1] as number,
      offset: values[at + 2] as number
    }
    const end = {
      line: (values[at + 3] as number) + 1,
      column: values[at + 4] as number,
      offset: values[at + 5] as number
    }
    this.points.push(start, end)
    return { start, end }
  }

  /**
   * Reads a count, then that many items.
   *
   * @param read Reads one item.
   */
  list<Item>(read: () => Item): Item[] {
    const items: Item[] = []
    for (let count = this.number(); count > 0; count--) items.push(read())
    return items
  }

  /** Throws unless every value was read. */
  end(): void {
    if (this.#index !== this.#values.length) {
      throw new TypeError('Expected no more stored values')
    }
  }
}

/**
 * A copy of a value made of plain objects and arrays in which every point
 * is `{ p: [line, column, offset] }`, counted from a block's start. A
 * point shared by two places is stored twice and restored as two points,
 * which move together.
 */
export function markPoints(value: unknown, base: Base): unknown {
  if (Array.isArray(value)) return value.map((item) => markPoints(item, base))
  if (!isRecord(value)) return value
  if (isPoint(value)) {
    return {
      p: [value.line - base.line, value.column, value.offset - base.offset]
    }
  }

  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[key] = markPoints(item, base)
  }
  return copy
}

/**
 * The value `markPoints` copied, its points restored as if the block
 * started at offset 0 on line 1, each added to `points`.
 */
export function unmarkPoints(value: unknown, points: Point[]): unknown {
  if (Array.isArray(value))
    return value.map((item) => unmarkPoints(item, points))
  if (!isRecord(value)) return value

  const marked = value.p
  if (Array.isArray(marked)) {
    const [line, column, offset] = marked as unknown[]
    if (
      typeof line !== 'number' ||
      typeof column !== 'number' ||
      typeof offset !== 'number'
    ) {
      throw new TypeError('Expected a stored point')
    }

    const point = { line: line + 1, column, offset }
    points.push(point)
    return point
  }

  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[key] = unmarkPoints(item, points)
  }
  return copy
}

/** Whether a value is an object that is not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPoint(
  value: Record<string, unknown>
): value is Record<string, unknown> & Point {
  return (
    typeof value.line === 'number' &&
    typeof value.column === 'number' &&
    typeof value.offset === 'number'
  )
}
