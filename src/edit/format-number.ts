/**
 * A number as a person writes it: no trailing zeros, at most the given
 * decimals (`27.5`, `31`, `0`).
 *
 * @param value The number.
 * @param decimals The most decimals to keep.
 */
export function formatNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals
  const rounded = Math.round(value * factor) / factor

  return String(Object.is(rounded, -0) ? 0 : rounded)
}
