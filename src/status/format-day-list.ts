/**
 * Write day numbers compactly, runs as ranges: `1–4, 7, 9–10`.
 *
 * @param numbers Day numbers in ascending order.
 */
export function formatDayList(numbers: readonly number[]): string {
  const parts: string[] = []
  let index = 0

  while (index < numbers.length) {
    const first = numbers[index] as number
    let last = first
    while (numbers[index + 1] === last + 1) {
      index++
      last++
    }
    index++

    // Two in a row read better as a list than as a range.
    if (last === first) parts.push(String(first))
    else if (last === first + 1) parts.push(`${first}, ${last}`)
    else parts.push(`${first}–${last}`)
  }

  return parts.join(', ')
}
