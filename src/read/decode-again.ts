import { decodeText, type DecodeResult } from './decode-text.js'

/** A text and the UTF-8 bytes it was decoded from, or encoded to. */
export interface DecodedText {
  text: string
  bytes: Uint8Array
  /**
   * Where the text differs from an earlier one, when it was decoded from
   * it: offsets into `since.text`, the stretch `[start, end)` replaced by
   * `length` code units.
   */
  since?: {
    text: string
    changes: Array<{ start: number; end: number; length: number }>
  }
}

/** What `decodeAgain` gives: `decodeText`'s result, and where it changed. */
export type DecodedAgain =
  | Exclude<DecodeResult, { ok: true }>
  | (Extract<DecodeResult, { ok: true }> & Pick<DecodedText, 'since'>)

/**
 * Decodes the bytes of a file as `decodeText` does, with the same result,
 * reusing an earlier decode of the same file for the bytes both share at
 * the start and at the end: a save changes a few lines, and decoding all of
 * a large tracker again costs more than the rest of reading it.
 *
 * @param previous An earlier text of the file and its exact bytes.
 * @param bytes The file's bytes now.
 */
export function decodeAgain(
  previous: DecodedText,
  bytes: Uint8Array
): DecodedAgain {
  const old = previous.bytes
  if (Buffer.compare(old, bytes) === 0) {
    return { ok: true, text: previous.text, since: sameAs(previous.text) }
  }

  const shorter = Math.min(old.length, bytes.length)
  let head = sharedHead(old, bytes, shorter)
  let tail = sharedTail(old, bytes, shorter - head)

  // Cut only between characters, in both: a piece then decodes on its own
  // as it does within the whole.
  while (head > 0 && (isInside(old, head) || isInside(bytes, head))) head--
  while (tail > 0 && isInside(bytes, bytes.length - tail)) tail--

  // The shared ends come from a text that decoded, so they hold no NUL and
  // no bad sequence; only the middle is checked.
  const middle = decodeText(bytes.subarray(head, bytes.length - tail))
  if (!middle.ok) {
    return middle.problem === 'binary'
      ? { ...middle, offset: middle.offset + head }
      : middle
  }

  // Count the code units of the old middle and of the shorter shared end;
  // the other end follows from the length of the old text.
  const text = previous.text
  const oldMiddle = old.length - tail - head
  let headChars: number
  let tailChars: number
  if (head <= tail) {
    headChars = utf16Length(old, 0, head)
    tailChars =
      text.length - headChars - utf16Length(old, head, head + oldMiddle)
  } else {
    tailChars = utf16Length(old, old.length - tail, old.length)
    headChars =
      text.length - tailChars - utf16Length(old, head, head + oldMiddle)
  }

  const end = text.length - tailChars

  return {
    ok: true,
    text: text.slice(0, headChars) + middle.text + text.slice(end),
    since: {
      text,
      changes: [{ start: headChars, end, length: middle.text.length }]
    }
  }
}

/** No change from a text. */
function sameAs(text: string): DecodedText['since'] {
  return { text, changes: [] }
}

// Compared a stretch at a time, which runs as one native loop.
const stretch = 1 << 16

/** How many bytes at the start the two have in common. */
function sharedHead(a: Uint8Array, b: Uint8Array, most: number): number {
  let at = 0

  while (
    at + stretch <= most &&
    Buffer.compare(
      a.subarray(at, at + stretch),
      b.subarray(at, at + stretch)
    ) === 0
  ) {
    at += stretch
  }

  while (at < most && a[at] === b[at]) at++

  return at
}

/** How many bytes at the end the two have in common, at most `most`. */
function sharedTail(a: Uint8Array, b: Uint8Array, most: number): number {
  let at = 0

  while (
    at + stretch <= most &&
    Buffer.compare(
      a.subarray(a.length - at - stretch, a.length - at),
      b.subarray(b.length - at - stretch, b.length - at)
    ) === 0
  ) {
    at += stretch
  }

  while (at < most && a[a.length - 1 - at] === b[b.length - 1 - at]) at++

  return at
}

/** Whether `offset` falls inside a character's bytes, not before one. */
function isInside(bytes: Uint8Array, offset: number): boolean {
  return offset < bytes.length && ((bytes[offset] ?? 0) & 0xc0) === 0x80
}

/**
 * How many UTF-16 code units the valid UTF-8 in `[start, end)` decodes to:
 * one for each byte that starts a character, and one more for each that
 * starts a four-byte one, which becomes a surrogate pair. Counted four
 * bytes at a time where the bytes are aligned for it.
 */
function utf16Length(bytes: Uint8Array, start: number, end: number): number {
  let units = 0
  let at = start

  while (at < end && (bytes.byteOffset + at) % 4 !== 0) {
    units += unitsOf(bytes[at] as number)
    at++
  }

  const words = Math.floor((end - at) / 4)
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + at, words)
    for (let index = 0; index < words; index++) {
      const word = view[index] as number
      // The top bit of each byte: set in `inside` for a byte 10xxxxxx, in
      // `long` for a byte 11110xxx or above.
      const inside = word & ~(word << 1) & 0x80808080
      const long = word & (word << 1) & (word << 2) & (word << 3) & 0x80808080
      units += 4 - countTopBits(inside) + countTopBits(long)
    }
    at += words * 4
  }

  for (; at < end; at++) units += unitsOf(bytes[at] as number)

  return units
}

/** The code units a byte of valid UTF-8 adds; see `utf16Length`. */
function unitsOf(byte: number): number {
  return ((byte & 0xc0) !== 0x80 ? 1 : 0) + (byte >= 0xf0 ? 1 : 0)
}

/** How many of a word's bytes have their top bit set, given only those. */
function countTopBits(bits: number): number {
  return Math.imul(bits >>> 7, 0x01010101) >>> 24
}
