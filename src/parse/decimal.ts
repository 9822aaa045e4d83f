/**
 * A number typed in decimal digits, or null when it is too large to be
 * one: past 2^53 (16 digits) a figure no longer counts exactly, and sums
 * of such figures would grow past what totals, cells and JSON can hold
 * (309 digits and more read as `Infinity`).
 *
 * @param digits Digits, with a sign and a decimal point if typed.
 */
export function readDecimal(digits: string): number | null {
  return asFigure(Number(digits))
}

/**
 * A number worked out from typed figures (hours and minutes added up),
 * or null when it is too large to be a figure, as `readDecimal` judges.
 *
 * @param value The number.
 */
export function asFigure(value: number): number | null {
  return Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : null
}

/**
 * A whole number typed in digits, such as a day's or a week's number, or
 * null when it is past 2^53 and so not a whole number JavaScript holds.
 *
 * @param digits Digits only.
 */
export function readWholeNumber(digits: string): number | null {
  const value = Number(digits)

  return Number.isSafeInteger(value) ? value : null
}
