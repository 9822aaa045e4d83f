import type { Count } from './summary.js'

/**
 * The share done as a whole percentage, rounded down so that 99.6% does
 * not read as done; 0 of 0 is 0.
 *
 * @param count What is done out of the whole.
 */
export function percentDone(count: Count): number {
  return count.total > 0 ? Math.floor((count.done / count.total) * 100) : 0
}
