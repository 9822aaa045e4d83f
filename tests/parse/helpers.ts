/**
 * Helpers shared by the parser tests: reading fixtures, slicing the source at
 * a place, projecting a model to values that do not depend on offsets or on
 * free text, and parsing a whole text as one block.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { Place, Tracker } from '../../src/model.js'
import { TrackerBuilder } from '../../src/parse/build-tracker.js'
import { LineIndex } from '../../src/parse/line-index.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import {
  parseTracker,
  type ParseOptions
} from '../../src/parse/parse-tracker.js'
import { resolveDates } from '../../src/parse/resolve-dates.js'
import { splitBlocks } from '../../src/parse/split-blocks.js'

/** The text of a file under fixtures/. */
export function fixture(path: string): string {
  const url = new URL(`../../fixtures/${path}`, import.meta.url)
  return readFileSync(fileURLToPath(url), 'utf8')
}

/** The characters of the source a place covers. */
export function at(text: string, place: Place): string {
  return text.slice(place.start.offset, place.end.offset)
}

const placeKeys = new Set(['place', 'heading', 'checkbox', 'box'])

/**
 * The model as plain values without any place: what must not change when
 * only the layout of the bytes changes (CRLF, BOM, bullets, levels).
 */
export function withoutPlaces(tracker: Tracker): unknown {
  return JSON.parse(
    JSON.stringify({ ...tracker, layout: null }, (key, value: unknown) =>
      placeKeys.has(key) ? undefined : value
    )
  )
}

const freeTextKeys = new Set([
  'text',
  'title',
  'label',
  'name',
  'question',
  'reason'
])

/**
 * The model without places and without free text (task texts, titles,
 * labels): what a garbled copy of a tracker must share with the repaired one.
 * Field values that are numbers stay; text fields are kept as blank or not.
 */
export function comparable(tracker: Tracker): unknown {
  return JSON.parse(
    JSON.stringify({ ...tracker, layout: null }, (key, value: unknown) => {
      if (placeKeys.has(key)) return undefined
      if (freeTextKeys.has(key) && typeof value === 'string') {
        return value === '' ? 'blank' : 'filled'
      }
      return value
    })
  )
}

/**
 * Parses a text as a single block, without splitting it at headings: what
 * `parseTracker` must give, block by block. The text must have no BOM and no
 * front matter (the whole text is parsed with base 0).
 */
export function parseWhole(text: string, options: ParseOptions = {}): Tracker {
  const normal = text.replace(/\u00a0/g, ' ')
  const reference = parseTracker(text, options)
  // The same empty model as parseTracker starts from: every list empty.
  const tracker = Object.fromEntries(
    Object.entries(reference).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? []
        : key === 'title' || key === 'metrics'
          ? null
          : value
    ])
  ) as unknown as Tracker
  const lines = new LineIndex(normal)
  const builder = new TrackerBuilder(tracker, normal)

  expect(splitBlocks(normal).frontMatter).toBeNull()
  builder.addBlock(parseMarkdown(normal).children, {
    text: normal,
    lines,
    base: 0
  })
  builder.finish(normal.length)
  resolveDates(tracker, {
    today: options.today ?? '2000-01-01',
    year: options.year ?? tracker.year ?? null
  })

  return tracker
}

/** Sum of numbers. */
export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
