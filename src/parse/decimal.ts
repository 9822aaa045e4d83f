/**
 * A number typed in decimal digits, or null when it is too large to be
 * one: 309 digits and more read as `Infinity`, which no total, cell or
 * JSON file can hold.
 *
 * @param digits Digits, with a sign and a decimal point if typed.
 */
export function readDecimal(digits: string): number | null {
  const value = Number(digits)

  return Number.isFinite(value) ? value : null
}
