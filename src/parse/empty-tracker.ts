import type { Layout, Tracker } from '../model.js'

/**
 * A tracker with nothing read into it yet, for the builder to fill.
 *
 * @param layout The bytes' layout: BOM, line ending, front matter.
 * @param year The year the front matter sets, or null.
 */
export function emptyTracker(layout: Layout, year: number | null): Tracker {
  return {
    title: null,
    year,
    weeks: [],
    days: [],
    checkpoints: [],
    checklists: [],
    ratings: [],
    questions: [],
    ballots: [],
    metrics: null,
    dates: [],
    cookies: [],
    generated: [],
    controls: [],
    unparsed: [],
    layout
  }
}
