/**
 * The symbols the format relies on, with the garbled forms they take when a
 * UTF-8 file was once decoded as Mac Roman or Windows-1252.
 *
 * Reading the garbled forms too lets a garbled tracker be read exactly as its
 * repaired text is; `lint --fix` repairs the text itself.
 */

const encoder = new TextEncoder()

/**
 * The text a UTF-8 string turns into when its bytes are decoded as another
 * encoding.
 *
 * @param text The intact text.
 * @param encoding A WHATWG encoding label such as `macintosh`.
 */
export function garble(text: string, encoding: string): string {
  return new TextDecoder(encoding).decode(encoder.encode(text))
}

/** The encodings whose garbling of UTF-8 the parser reads through. */
export const garblingEncodings = ['macintosh', 'windows-1252'] as const

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A pattern source matching any of the symbols, intact or garbled; longest
 * forms first so a garbled sequence is never matched by half.
 *
 * @param symbols The intact symbols.
 * @param intact Whether the intact forms are among them, or only the
 *   garbled ones.
 */
function alternatives(symbols: string[], intact = true): string {
  const forms = new Set<string>()

  for (const symbol of symbols) {
    if (intact) forms.add(symbol)

    for (const encoding of garblingEncodings) {
      forms.add(garble(symbol, encoding))
    }
  }

  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeForPattern)
    .join('|')
}

/** Check marks that end a deliverable's text: `✓ _____`. */
export const checkMark = alternatives(['✓', '✔', '✔️', '☑', '☑️', '✅'])

/** An empty ballot box. */
export const emptyBox = alternatives(['☐'])

/** A ballot box, chosen or not: what makes a line a ballot. */
export const ballotBox = alternatives(['☐', '☑', '☑️', '☒'])

/** A ballot box that has been chosen. */
export const chosenBox = alternatives([
  '☑',
  '☑️',
  '☒',
  '✓',
  '✔',
  '✔️',
  '✅',
  '⊠'
])

/** Pictographs that decorate headings and are not part of a title. */
const decorations = [
  '⏱️',
  '⏱',
  '✅',
  '✔️',
  '✔',
  '🎉',
  '📅',
  '📆',
  '🗓️',
  '🗓',
  '⏰',
  '⭐',
  '🏁',
  '🚀',
  '🎯',
  '🔥',
  '📌',
  '📝',
  '️'
]

/**
 * Only the garbled forms of those pictographs: the intact ones, and any
 * other, are what `\p{Extended_Pictographic}` matches.
 */
export const garbledDecoration = alternatives(decorations, false)
