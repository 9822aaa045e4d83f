/** What `decodeText` found wrong with the bytes, or the text itself. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'binary'; offset: number }
  | { ok: false; problem: 'not-utf8' }

/**
 * Decode the bytes of a text file as UTF-8, refusing binary data.
 *
 * A NUL byte never occurs in a Markdown file and almost always in a binary
 * one, so it is the test for binary. The byte order mark is kept in the text
 * because model offsets count it.
 *
 * @param bytes The file's bytes.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0)
  if (nul !== -1) return { ok: false, problem: 'binary', offset: nul }

  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    return { ok: true, text: decoder.decode(bytes) }
  } catch {
    return { ok: false, problem: 'not-utf8' }
  }
}
