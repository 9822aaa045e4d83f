import type { DecodedText } from '../read/decode-again.js'
import type { Edit } from './edit.js'

/**
 * The UTF-8 bytes of a text with edits applied, as `applyEdits` then an
 * encode would give, built from the bytes the text was decoded from: only
 * the edits are encoded, and the rest is copied, which on a large tracker
 * is several times faster than encoding the whole text again.
 *
 * @param read The text the edits were planned on, and its exact bytes.
 * @param edits Splices with offsets into `read.text`, not overlapping.
 */
export function encodeEdits(
  read: DecodedText,
  edits: readonly Edit[]
): Uint8Array {
  const { text, bytes } = read
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const parts: Uint8Array[] = []
  // The same place in the text (in code units) and in the bytes.
  let char = 0
  let byte = 0

  for (const edit of sorted) {
    if (edit.start < char) {
      throw new Error(`Overlapping edits at offset ${edit.start}`)
    }

    const start = byte + Buffer.byteLength(text.slice(char, edit.start))
    const end = start + Buffer.byteLength(text.slice(edit.start, edit.end))

    parts.push(bytes.subarray(byte, start), Buffer.from(edit.text, 'utf8'))
    char = edit.end
    byte = end
  }

  parts.push(bytes.subarray(byte))

  return Buffer.concat(parts)
}
