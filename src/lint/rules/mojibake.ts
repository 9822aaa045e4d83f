import type { Edit } from '../../edit/edit.js'
import { garblingEncodings } from '../../parse/symbols.js'
import { placeBetween } from '../place-of.js'
import { defineRule } from '../rule.js'

/** How messages name each encoding. */
const encodingNames: Record<string, string> = {
  macintosh: 'Mac Roman',
  'windows-1252': 'Windows-1252'
}

/** A stretch of garbled text and what it reads as repaired. */
export interface GarbledSpot {
  start: number
  end: number
  found: string
  repaired: string
  encoding: string
}

/**
 * `mojibake`: UTF-8 text that was once decoded as Mac Roman or Windows-1252,
 * such as `‚úì` for `✓`. Fixed by decoding the garbled stretches again.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'mojibake',
  description: 'UTF-8 text garbled by a Mac Roman or Windows-1252 round trip',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ text, lines }) {
    const spots = findGarbled(text)
    const first = spots[0]
    if (!first) return []

    const more =
      spots.length === 1 ? '' : ` (and ${spots.length - 1} more in the file)`
    const edits: Edit[] = spots.map((spot) => ({
      start: spot.start,
      end: spot.end,
      text: spot.repaired,
      label: 'Garbled text'
    }))

    return [
      {
        message:
          `Found \`${first.found}\`, UTF-8 read as ` +
          `${encodingNames[first.encoding] ?? first.encoding}, ` +
          `expected \`${first.repaired}\`${more}`,
        place: placeBetween(lines, first.start, first.end),
        fix: { edits }
      }
    ]
  }
})

/**
 * What Windows-1252 puts at bytes 0x80-0x9F. Node's decoder for the label
 * reads these bytes as Latin-1 control characters, while text garbled by
 * other programs holds these, as in `â€”` for `—`; both forms are read.
 */
const windows1252High =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function reverseTable(encoding: string): Map<string, number> {
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, number>()

  for (let byte = 0x80; byte <= 0xff; byte += 1) {
    const char = decoder.decode(new Uint8Array([byte]))
    if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte)
  }

  if (encoding === 'windows-1252') {
    Array.from(windows1252High).forEach((char, index) => {
      table.set(char, 0x80 + index)
    })
  }

  return table
}

/** Per encoding: each character of bytes 0x80-0xFF back to its byte. */
const reverseTables = new Map<string, Map<string, number>>(
  garblingEncodings.map((encoding) => [encoding, reverseTable(encoding)])
)

/**
 * Find every garbled stretch of a text, in order.
 *
 * Every byte of a multi-byte UTF-8 character is 0x80 or above, so its
 * garbled form is a run of non-ASCII characters, each standing for one such
 * byte. Each run is turned back into bytes and read as UTF-8 one character
 * at a time; the characters that decode without error are garbled text.
 *
 * @param text The text to search.
 */
export function findGarbled(text: string): GarbledSpot[] {
  // The runs of non-ASCII characters, found once for every encoding: on a
  // large tracker the search costs more than what is done with them. (A
  // search for runs of only the characters some encoding makes of a byte
  // took half as long again: a class of 200 characters is slower to test
  // than the ASCII range.)
  const runs = [...text.matchAll(/[^\u0000-\u007f]+/g)]
  let best: GarbledSpot[] = []
  let bestCovered = 0

  // The encoding that explains the most characters; not the most spots,
  // since garbled characters side by side make one spot.
  for (const encoding of garblingEncodings) {
    const spots = findGarbledAs(runs, encoding)
    const covered = spots.reduce((sum, spot) => sum + spot.end - spot.start, 0)

    if (covered > bestCovered) {
      best = spots
      bestCovered = covered
    }
  }

  return best
}

function findGarbledAs(
  runs: readonly RegExpExecArray[],
  encoding: string
): GarbledSpot[] {
  const table = reverseTables.get(encoding) ?? new Map<string, number>()
  const spots: GarbledSpot[] = []

  for (const run of runs) {
    const chars = run[0]
    let index = 0

    while (index < chars.length) {
      const length = sequenceLength(chars, index, table)
      const repaired =
        length > 0 ? decodeSequence(chars, index, length, table) : null

      if (repaired === null) {
        index += 1
        continue
      }

      const start = run.index + index
      const last = spots.at(-1)

      if (last && last.end === start) {
        last.end += length
        last.found += chars.slice(index, index + length)
        last.repaired += repaired
      } else {
        spots.push({
          start,
          end: start + length,
          found: chars.slice(index, index + length),
          repaired,
          encoding
        })
      }

      index += length
    }
  }

  return spots
}

/** The length of the UTF-8 sequence a lead byte announces; 0 for none. */
function sequenceLength(
  chars: string,
  index: number,
  table: Map<string, number>
): number {
  const lead = table.get(chars.charAt(index))
  if (lead === undefined) return 0
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4

  return 0
}

/** The character a garbled sequence stands for, or null when it is none. */
function decodeSequence(
  chars: string,
  index: number,
  length: number,
  table: Map<string, number>
): string | null {
  const slice = chars.slice(index, index + length)
  if (slice.length < length) return null

  const bytes = Array.from(slice, (char) => table.get(char))
  if (bytes.some((byte) => byte === undefined)) return null

  try {
    return utf8.decode(Uint8Array.from(bytes as number[]))
  } catch {
    return null
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
