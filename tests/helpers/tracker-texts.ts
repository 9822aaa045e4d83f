/**
 * Tracker texts for the sync tests: the real seed, the seed with three
 * days of progress, and a small tracker with every computed cell.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repositoryRoot } from './run-main.js'

/** The real seed tracker, as committed. */
export const seedText = readFileSync(
  path.join(repositoryRoot, 'fixtures', 'seed', 'tracker.md'),
  'utf8'
)

/** Replace every match, failing when there is none, so edits never miss. */
function replaceAll(text: string, search: RegExp, replace: string): string {
  if (!search.test(text)) throw new Error(`No match for ${String(search)}`)

  return text.replace(new RegExp(search.source, `${search.flags}g`), replace)
}

/** Tick every task between two headings of a text. */
function tickBetween(text: string, from: string, to: string): string {
  const start = text.indexOf(from)
  const end = text.indexOf(to, start)
  if (start === -1 || end === -1) throw new Error(`No ${from} … ${to}`)

  const part = replaceAll(text.slice(start, end), /^- \[ \]/m, '- [x]')

  return text.slice(0, start) + part + text.slice(end)
}

/**
 * The seed after three days of work: Days 1-3 ticked with their
 * deliverables marked `✓ done`, the Week 1 checkpoint ticked and Week 1's
 * actual hours 27.5. Day 4 is left open.
 */
export function seedWithProgress(): string {
  let text = tickBetween(seedText, '## DAY 1 ', '## DAY 4 ')
  text = tickBetween(text, '### ✅ WEEK 1 CHECKPOINT', '**Week 1 Score:**')

  for (const file of [
    'day1_tensors.py`',
    'day2_autograd.py`',
    'loss curves plot'
  ]) {
    text = replaceAll(
      text,
      new RegExp(`(${file.replace('.', '\\.')} ✓ )_____`),
      '$1done'
    )
  }

  return replaceAll(
    text,
    /(\*\*Week 1 Score:\*\* ____ \/ 100 \| \*\*Actual Hours:\*\* )____/,
    '$127.5'
  )
}

/**
 * A small tracker of two weeks and three days with a progress table, a
 * cookie, the metrics table and the Final Status ballot.
 */
export const smallText = `# Small plan

<!-- trackmd:progress -->
<!-- /trackmd:progress -->

# WEEK 1: BASICS (Days 1-2) | Total: 5 Hours

## Day 1 - Dec 6 | Setup | ⏱️ 2 hours

- [x] Install tools (20 min)
- [ ] Read the guide (30 min)

**Deliverable:** \`setup.sh\` ✓ done  **Blockers:** ____

## Day 2 - Dec 7 | Practice | ⏱️ 3 hours

- [ ] Write code (60-90 min) [/]
  - [x] Parse input
  - [ ] Print output
- [x] Review (15 min)

**Deliverable:** \`app.py\` ✓ _____  **Blockers:** ____

### ✅ WEEK 1 CHECKPOINT (End of Day 2)
- [x] Tools work

**Week 1 Score:** ____ / 100 | **Actual Hours:** 4 (Goal: 5)

# WEEK 2: MORE (Days 3-3) | Total: 2 Hours

## Day 3 - Dec 8 | Improvement #1: Tests | ⏱️ 2 hours

- [ ] Write tests (45 min)

**Deliverable:** test suite ✓ _____  **Blockers:** ____

### ✅ WEEK 2 CHECKPOINT (End of Day 3)
- [ ] Tests pass

**Week 2 Score:** ____ / 100 | **Actual Hours:** ____ (Goal: 2)

## OVERALL PROJECT METRICS

| Metric | Value |
|--------|-------|
| Total Days | 3 |
| Target Hours | 7 |
| Actual Hours | ____ |
| Avg Hours/Day | ____ |
| Week 1 Hours | ____ (Target: 5) |
| Week 2 Hours | ____ (Target: 2) |
| Major Milestones Complete | ____/2 |
| Improvements Implemented | ____/1 |
| Papers Read | ____ |
| Deliverables Created | ____ |

**Final Status:**
  ☐ On Track  ☐ Ahead of Schedule  ☐ Behind Schedule (days behind: ___)
`
