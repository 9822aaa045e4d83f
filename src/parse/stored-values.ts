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

  numberOrNull(): number | null {
    return this.#orNull(() => this.number())
  }

  string(): string {
    const value = this.#values[this.#index++]
    if (typeof value !== 'string') throw new TypeError('Expected a string')
    return value
  }

  stringOrNull(): string | null {
    return this.#orNull(() => this.string())
  }

  place(): Place {
    return { start: this.#point(), end: this.#point() }
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

  #orNull<Value>(read: () => Value): Value | null {
    if (this.#values[this.#index] !== null) return read()

    this.#index++
    return null
  }

  #point(): Point {
    const point = {
      line: this.number() + 1,
      column: this.number(),
      offset: this.number()
    }
    this.points.push(point)
    return point
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
