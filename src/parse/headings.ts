import type { MonthDay } from '../model.js'
import { monthSpellings, readDate, type WrittenDate } from './dates.js'
import { parseHours } from './minutes.js'
import { garbledDecoration } from './symbols.js'
import { asFigure, readDecimal, readWholeNumber } from './decimal.js'

/** What a heading's text says it is. */
export type HeadingMeaning =
  | {
      kind: 'week'
      number: number
      title: string
      firstDay: number | null
      lastDay: number | null
      targetHours: number | null
    }
  | {
      kind: 'day'
      number: number
      written: MonthDay | null
      /** The date text when it could not be read, else null. */
      unreadDate: string | null
      title: string
      plannedHours: number | null
    }
  | { kind: 'checkpoint'; week: number | null; title: string }
  | { kind: 'other'; title: string }
  | { kind: 'unparsed'; reason: string; title: string }

// Any pictograph counts (`❌`, `🏋️`), with the listed symbols' garbled
// forms besides. No two alternatives match the same text, and the run at
// the end is tried from its first character only (the look behind), so
// that a long run is never split every way nor tried from each of its
// characters: thousands of pictographs took seconds.
const edge =
  String.raw`[\s\p{Extended_Pictographic}\u{FE0F}]|` + garbledDecoration
const decorationAtEdges = new RegExp(
  `^(?:${edge})+|(?<!${edge})(?:${edge})+$`,
  'gu'
)

/**
 * A title with the pictographs around it and spare spaces taken off.
 *
 * @param text A heading or label as typed.
 */
export function cleanTitle(text: string): string {
  // Runs of spaces first, so that the edges' pattern, which tries each
  // start in a run, never meets a long one.
  return text.replace(/\s+/g, ' ').replace(decorationAtEdges, '').trim()
}

// A number with a fraction, `Day 2.5`, is no day's number.
const weekPattern = /^week\s*(\d+)\b(?!\.\d)\s*[:.\-–—]?\s*(.*)$/i
const dayPattern = /^day\s*(\d+)\b(?!\.\d)\s*(.*)$/i
const fractionNumber = /^(day|week)\s*(\d+\.\d+)/i
const numberRange = /^(?:days|weeks)\s*(\d+\s*(?:-|–|—|to)\s*\d+)/i
// `Day - Dec 8` lacks its number; `Day-by-day notes` is no day at all.
const missingNumber = /^(?:day|week)\s*(?:$|[-–—:|#](?![a-z]))/i
// `Days 14-15 | …` or `Day Ten - Dec 17`: a plan element without a number.
// `Day-by-day plan (30 days)` is no such element either.
const unnumbered = /^(?:days?|weeks?)(?=[\s:\d])(?=.*(?:\||\d))/i
const dayRangePattern =
  /\(?\s*days?\s*(\d+)\s*(?:-|–|—|to|through)\s*(\d+)\s*\)?/i

/**
 * Reads a heading as a week, a day, a checkpoint or something else, by its
 * words and not by its level, so that plans with other heading levels read
 * the same.
 *
 * @param text The heading's text without its `#` marks.
 */
export function readHeading(text: string): HeadingMeaning {
  const clean = cleanTitle(unwrap(text))

  if (/\bcheck-?point\b/i.test(clean)) {
    const week = /\bweek\s*(\d+)\b/i.exec(clean)
    return {
      kind: 'checkpoint',
      week: week ? readWholeNumber(week[1] ?? '') : null,
      title: clean
    }
  }

  const week = weekPattern.exec(clean)
  const day = week ? null : dayPattern.exec(clean)
  const number = readWholeNumber((week ?? day)?.[1] ?? '')
  if ((week || day) && number === null) {
    const word = clean.split(/\s/)[0] ?? ''
    return {
      kind: 'unparsed',
      reason: `expected a number of at most 15 digits after \`${word}\``,
      title: clean
    }
  }

  if (week && number !== null) return readWeek(number, week[2] ?? '')
  if (day && number !== null) return readDay(number, day[2] ?? '')

  if (missingNumber.test(clean) || unnumbered.test(clean)) {
    return { kind: 'unparsed', reason: unnumberedReason(clean), title: clean }
  }

  return { kind: 'other', title: clean }
}

/**
 * What a heading that names a day or week without its number lacks.
 *
 * @param heading The heading's clean text.
 */
function unnumberedReason(heading: string): string {
  const word = heading.split(/\s/)[0] ?? ''
  const fraction = fractionNumber.exec(heading)
  const range = numberRange.exec(heading)

  if (fraction) {
    const [, named = '', found = ''] = fraction
    return `expected a whole number after \`${named}\`, found \`${found}\``
  }
  if (range) {
    return (
      `expected one number after \`${word}\`, found the range ` +
      `\`${range[1]}\` (give each its own heading)`
    )
  }
  return `expected a number after \`${word}\``
}

/**
 * A heading's text without the emphasis or link wrapped around all of it:
 * `**Day 18 - Dec 25**` and `[Day 19](#day-19)` read as their words.
 */
function unwrap(text: string): string {
  const trimmed = text.trim()
  const link = /^\[(.*)\]\([^)]*\)$/.exec(trimmed)
  if (link) return unwrap(link[1] ?? '')

  const emphasis = /^(\*\*|__|\*|_)(.*)\1$/.exec(trimmed)
  if (emphasis) return unwrap(emphasis[2] ?? '')

  return trimmed
}

/**
 * The parts of a heading between pipes; a pipe escaped as `\|` is text.
 */
function splitParts(text: string): string[] {
  return text
    .split(/(?<!\\)\|/)
    .map((part) => part.replace(/\\\|/g, '|').trim())
}

/**
 * Hours, and minutes if any, ending a heading: after a dash with a space
 * before it (not the dash of a range, `2-3 hours`), a comma or a timer
 * (`Setup ⏱️ 2h`), in parentheses, or alone (`Week 1 – 30 hours`,
 * `Title (1h 30m)`).
 */
const hoursText =
  String.raw`(?:(?:total|target):?\s*)?(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b` +
  String.raw`(?:\s*,?\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)\b)?`
// Only hours in brackets of their own take a closing bracket: in
// `Cycling (Zone 2, 2h)` the hours are part of the title's bracket.
const trailingHours = new RegExp(
  String.raw`(?:\s*\(\s*${hoursText}\s*\)` +
    String.raw`|(?:^|\s+[-–—]\s*|,\s*|\s+[⏱⌛]\u{FE0F}?\s*)` +
    String.raw`${hoursText})\s*$`,
  'iu'
)

/** The hours `trailingHours` found, or null when too large to be a figure. */
function hoursOf(match: RegExpExecArray): number | null {
  // The bracketed form's groups, else the other's.
  const bracketed = match[1] !== undefined
  const hours = readDecimal((bracketed ? match[1] : match[3]) ?? '')
  const minutes = Number((bracketed ? match[2] : match[4]) ?? 0)

  return hours === null ? null : asFigure(hours + minutes / 60)
}

function readWeek(number: number, rest: string): HeadingMeaning {
  const parts = splitParts(rest)
  const range = dayRangePattern.exec(rest)
  let targetHours: number | null = null

  for (const part of parts.slice(1)) {
    // `Total: 30 Hours`, `Target 30h`: the words before the number are
    // optional, so the hours alone say it.
    targetHours = parseHours(part) ?? targetHours
  }

  // Without pipes, hours may end the heading: `Foundation – 30 hours`,
  // `Foundation (Total: 30 hours)`.
  let head = parts[0] ?? ''
  const trailing = trailingHours.exec(head)
  if (targetHours === null && trailing) {
    targetHours = hoursOf(trailing)
    head = head.slice(0, trailing.index)
  }

  const title = cleanTitle(
    withoutDateRange(head.replace(dayRangePattern, ''))
      .replace(/\(\s*\)/, '')
      .replace(/^[:\-–—]\s*/, '')
  )

  return {
    kind: 'week',
    number,
    title,
    firstDay: range ? readWholeNumber(range[1] ?? '') : null,
    lastDay: range ? readWholeNumber(range[2] ?? '') : null,
    targetHours
  }
}

/**
 * A week's heading text without the dates it spans in brackets,
 * `(Dec 7 – Dec 13)` or `(Dec 7-13)`: they are not its theme.
 */
function withoutDateRange(text: string): string {
  return text.replace(/[([]([^()[\]]*)[)\]]/g, (whole, inner: string) =>
    isDateRange(inner.trim()) ? '' : whole
  )
}

const rangeDash = /^\s*(?:-|–|—|to|through)\s*/i

/**
 * Whether a text is a range of dates: `Dec 7 – Dec 13`, `Dec 7-13`,
 * `Dec 7 – 13, 2026`, or `7–13 Dec`.
 */
function isDateRange(text: string): boolean {
  // `7–13 Dec`: the first day alone, the month after the second.
  const dayFirst = /^(\d{1,2})(?=\s*(?:-|–|—|to)\s*\d)/i.exec(text)
  const first = dayFirst ? null : readDate(text)
  const start = dayFirst?.[0].length ?? first?.length
  if (start === undefined) return false

  const dash = rangeDash.exec(text.slice(start))
  if (!dash) return false

  const end = text.slice(start + dash[0].length).trim()
  const endDate = readDate(end)
  return endDate
    ? endDate.length === end.length
    : !dayFirst && /^\d{1,2}(?:,?\s+\d{4})?$/.test(end)
}

/** What closes each bracket a date may stand in: `(Dec 9)`, `[Dec 9]`. */
const closingBrackets: Record<string, string> = { '(': ')', '[': ']' }

/**
 * A date in brackets at the start of a text, `(Tue 9 Dec)` or
 * `[2026-12-09]`, with the brackets in the length it took.
 */
function readBracketedDate(text: string): WrittenDate | null {
  const closing = closingBrackets[text.charAt(0)]
  if (closing === undefined) return null

  const inner = text.slice(1).trimStart()
  const date = readDate(inner)
  if (!date) return null

  const after = inner.slice(date.length).trimStart()
  if (!after.startsWith(closing)) return null

  return { date: date.date, length: text.length - after.length + 1 }
}

/**
 * Reads what follows `Day N`: a date, a title and planned hours, either as
 * `- Dec 8 | Title | ⏱️ 7 hours` or as `- Dec 8: Title (7 hours)`.
 */
function readDay(number: number, rest: string): HeadingMeaning {
  const parts = splitParts(rest)
  // `Day 4 | Dec 9 | Title`: a pipe where a dash would be, with nothing
  // but pictographs before it (`Day 4 ✅ | Dec 9`).
  while (parts.length > 1 && cleanTitle(parts[0] ?? '') === '') parts.shift()

  // `Day 4 ✅ - Dec 9`, `Day 1 | 📅 Dec 6`: pictographs around the
  // separator are decoration.
  const first = cleanTitle(
    cleanTitle(parts[0] ?? '').replace(/^[-–—:,.·•]\s*/, '')
  )
  const date = readDate(first) ?? readBracketedDate(first)
  let afterDate = date ? first.slice(date.length) : first
  let unreadDate: string | null = null

  if (!date && parts.length > 1 && isDateAttempt(first)) {
    // With pipes, a first part that tries to be a date and is not one is
    // a date that could not be read; other words there are the title.
    unreadDate = first
    afterDate = ''
  } else if (!date) {
    // Without pipes, a misspelt month and a number where the date goes
    // (`Dex 7`) is a date that could not be read; `Lesson 2` is a title.
    // So is a date in figures that no calendar has (`2026-02-30`).
    const attempt = misspeltDate.exec(first)
    const figures = impossibleIsoDate.exec(first)
    // In brackets right after the number, even a short word (`(Dex 9)`)
    // stands where the date goes; outside them, `Run 5` is a title.
    const isBracketed =
      attempt?.[0].startsWith('(') === true && attempt[0].endsWith(')')

    if (attempt && isMisspeltMonth(attempt, isBracketed)) {
      unreadDate = attempt[1] ?? attempt[0]
      afterDate = first.slice(attempt[0].length)
    } else if (figures) {
      unreadDate = figures[1] ?? figures[0]
      afterDate = first.slice(figures[0].length)
    }
  }

  let plannedHours: number | null = null
  const titles: string[] = []

  for (const part of [
    afterDate.replace(/^\s*[-–—:,·•]\s*/, ''),
    ...parts.slice(1)
  ]) {
    const hours = parseHours(part)

    if (hours !== null && plannedHours === null && isHoursPart(part)) {
      plannedHours = hours
    } else if (part.trim() !== '') {
      titles.push(part)
    }
  }

  let title = titles.join(' | ')

  if (plannedHours === null) {
    // `Title (7 hours)` or `Title - 7h`: the hours end the title.
    const match = trailingHours.exec(title)

    if (match) {
      plannedHours = hoursOf(match)
      title = title.slice(0, match.index)
    }
  }

  // `Tensors (Dec 7)` or `Autograd – December 8`: the date after the title.
  const trailing = date || unreadDate !== null ? null : readTrailingDate(title)
  if (trailing) title = trailing.title

  // `Review (2 hours) (Dec 8)`, `Training – 7h – Dec 8`: hours before it.
  const hoursBefore =
    trailing && plannedHours === null ? trailingHours.exec(title) : null
  if (hoursBefore) {
    plannedHours = hoursOf(hoursBefore)
    title = title.slice(0, hoursBefore.index)
  }

  return {
    kind: 'day',
    number,
    written: date?.date ?? trailing?.date ?? null,
    unreadDate,
    title: cleanTitle(title),
    plannedHours
  }
}

/**
 * Where a date may start after a day's title: after a dash, middle dot,
 * bullet or pipe set off by spaces, or before a bracket. Not after a
 * colon or comma: `Project due: Dec 12` names a deadline, not the day.
 */
const beforeTrailingDate = /\s+[-–—·•|]\s+|\s+(?=[([])/g

/**
 * A date that makes up the whole end of a day's title, set off from the
 * words before it: `Tensors (Dec 7)`, `Autograd – December 8, 2026`,
 * `Training loop · Wed Dec 9`. A date among the words, as in `Notes on
 * May 3 talk`, is title.
 *
 * @param title The title, without the planned hours.
 * @returns The date and the title before it, or null.
 */
function readTrailingDate(
  title: string
): { date: MonthDay; title: string } | null {
  const text = title.trimEnd()

  for (const separator of text.matchAll(beforeTrailingDate)) {
    const start = separator.index + separator[0].length
    const rest = text.slice(start)
    const date = readBracketedDate(rest) ?? readDate(rest)

    if (date && date.length === rest.length) {
      return { date: date.date, title: text.slice(0, separator.index) }
    }
  }

  return null
}

/** A year, month and day in figures, in brackets or not. */
const impossibleIsoDate = /^[([]?\s*(\d{4}-\d{1,2}-\d{1,2})\b\s*[)\]]?/

/** A word and a number, either way round, where a date would stand. */
const misspeltDate =
  /^\(?(([a-z]{3,})\.?\s+\d{1,2}|\d{1,2}\s+([a-z]{3,}))\b\)?/i

/**
 * Whether a word is a month's name or abbreviation typed with one letter
 * wrong or two swapped (`Dex`, `Janaury`), or, for a word of five letters
 * or more, a full name with one letter missing or extra (`Decmber`):
 * `Step` and `Deck` are words, not `Sep` and `Dec` with a letter more.
 */
function looksLikeMonth(word: string): boolean {
  const lower = word.toLowerCase()
  return monthSpellings.some(
    (month) =>
      (month.length === lower.length ||
        (lower.length >= 5 && month.length > 4)) &&
      isOneEditAway(lower, month)
  )
}

/**
 * Whether a `misspeltDate` match is a month misspelt and a number. Where
 * the date surely stands (`loose`: in brackets, or the whole first part
 * before a pipe) any such word counts; elsewhere only a long one, since
 * `Run 5`, `Match 3` and `Dune 2` are each a letter from a month.
 *
 * @param match What `misspeltDate` matched.
 * @param loose Whether short words count.
 */
function isMisspeltMonth(match: RegExpExecArray, loose: boolean): boolean {
  const word = match[2] ?? match[3] ?? ''
  // A month spelt right with a day it has not (`Feb 30`) counts anywhere.
  const isMonth = monthSpellings.includes(word.toLowerCase())
  return (loose || isMonth || word.length >= 6) && looksLikeMonth(word)
}

/** Whether two words differ by at most one edit (a swap counts as one). */
function isOneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false

  let start = 0
  while (start < a.length && a[start] === b[start]) start++
  if (start === a.length && start === b.length) return true

  const swapped =
    a.length === b.length &&
    a[start] === b[start + 1] &&
    a[start + 1] === b[start] &&
    a.slice(start + 2) === b.slice(start + 2)

  return (
    swapped ||
    a.slice(start + 1) === b.slice(start + 1) ||
    a.slice(start + 1) === b.slice(start) ||
    a.slice(start) === b.slice(start + 1)
  )
}

/**
 * Whether the first part of a piped day heading tries to be a date: a
 * misspelt month and a number, or figures without words (`12/08`) that
 * are not hours (`7h`).
 */
function isDateAttempt(part: string): boolean {
  const attempt = misspeltDate.exec(part)
  // The whole part: `Run 5 miles` is a title, `Dex 8` a date misspelt.
  if (attempt && attempt[0] === part && isMisspeltMonth(attempt, true)) {
    return true
  }

  // Figures, alone or with a weekday or month (`12/08`, `Tues 12/8`).
  const words = part.match(/[a-z]+/gi) ?? []
  const isDateWords = words.every((word) => dateWord.test(word))
  return /\d/.test(part) && isDateWords && !isHoursPart(part)
}

/** A weekday's or month's name or abbreviation, or an ordinal's end. */
const dateWord = new RegExp(
  '^(?:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|' +
    'fri(?:day)?|sat(?:urday)?|sun(?:day)?|' +
    `${monthSpellings.join('|')}|st|nd|rd|th)\\.?$`,
  'i'
)

/** Whether a part of a heading is only a duration, with decoration. */
function isHoursPart(part: string): boolean {
  const bare = cleanTitle(part).replace(/^(?:planned|time|hours)\s*:?\s*/i, '')

  return (
    /^~?\s*\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\.?$/i.test(bare) ||
    /^~?\s*\d+\s*(?:hours?|hrs?|h)\s*\d+\s*(?:minutes?|mins?|m)\.?$/i.test(bare)
  )
}
