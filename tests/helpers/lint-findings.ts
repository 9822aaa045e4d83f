/** Run the lint engine over a text and list findings as short strings. */
import { lintText, type RuleSetting } from '../../src/lint/lint-text.js'

/** Options of `findingsOf`. */
export interface FindingsOptions {
  today?: string
  year?: number
  rules?: Record<string, RuleSetting>
}

/**
 * The findings of one rule, as `line:column message` strings.
 *
 * @param ruleId The rule to keep.
 * @param text The tracker text.
 * @param options The date (default 2026-12-10), the year (default 2026)
 *   and rule settings.
 */
export function findingsOf(
  ruleId: string,
  text: string,
  options: FindingsOptions = {}
): string[] {
  return lintText(text, {
    today: options.today ?? '2026-12-10',
    year: options.year ?? 2026,
    ...(options.rules ? { rules: options.rules } : {})
  })
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map(
      (finding) =>
        `${finding.place.line}:${finding.place.column} ${finding.message}`
    )
}

/**
 * A small tracker of one week and two days; `replace` swaps parts of it.
 *
 * @param replace Pairs of text to find and text to put in its place.
 */
export function smallPlan(...replace: Array<[string, string]>): string {
  let text = `# WEEK 1: BASICS (Days 1-2) | Total: 5 Hours

## Day 1 - Dec 6 | Setup | ⏱️ 2 hours

**Morning (2 hours)**
- [x] Install tools (20 min)
- [ ] Read the guide (30 min)

**Deliverable:** \`setup.sh\` ✓ _____  **Blockers:** ____

## Day 2 - Dec 7 | Practice | ⏱️ 3 hours

**Coding (3 hours)**
- [ ] Write code (60 min)

**Deliverable:** \`app.py\` ✓ _____  **Blockers:** ____

**Week 1 Score:** ____ / 100 | **Actual Hours:** ____ (Goal: 5)
`

  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`No \`${from}\` in the plan`)
    text = text.replace(from, to)
  }

  return text
}
