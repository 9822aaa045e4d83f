/**
 * Give the milliseconds from a moment to the next local midnight, when the
 * person's calendar date changes.
 *
 * @param now The moment to count from.
 */
export function untilNextMidnight(now: Date): number {
  const midnight = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() + 1,
    0,
    0,
    0,
    0
  )

  return Math.max(0, midnight.getTime() - now.getTime())
}
