/**
 * Add numbers.
 *
 * @param values The numbers to add; an empty list sums to 0.
 */
export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/**
 * Add the known numbers of a list where some are unknown.
 *
 * @param values Numbers or null for a blank that is not filled in.
 * @returns The sum, or null when no value is known.
 */
export function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length === 0 ? null : sum(known)
}
