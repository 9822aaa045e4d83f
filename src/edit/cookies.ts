import type { TrackerFacts } from '../model.js'
import { editIfChanged, type Edit } from './edit.js'
import { percentDone } from '../summary/percent-done.js'

/**
 * Edits that fill statistics cookies: `[3/14]` or `[21%]` of the task
 * items below each one.
 *
 * @param text The file's text.
 * @param tracker The tracker read from it.
 */
export function planCookies(text: string, tracker: TrackerFacts): Edit[] {
  return tracker.cookies.flatMap((cookie) => {
    const { done, total } = cookie.tasks
    const percent = percentDone(cookie.tasks)
    const wanted =
      cookie.kind === 'percent' ? `[${percent}%]` : `[${done}/${total}]`
    const { start, end } = cookie.place

    return editIfChanged(
      text,
      start.offset,
      end.offset,
      wanted,
      `Cookie on line ${start.line}`
    )
  })
}
