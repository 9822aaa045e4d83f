/**
 * Edits that change what a block kept from an earlier read depends on, or
 * what follows it, for the property tests of the parsers that keep blocks.
 */
import fc from 'fast-check'

/** Headings, fields, markers, cookies and fences to type into a tracker. */
export const riskySnippets = [
  '\n### Extra\n- [ ] More (5 min)\n',
  '\n### Day 3 recap\n- [ ] More (5 min)\n',
  '\n# WEEK 7: OTHER (Days 1-3) | Total: 2 Hours\n',
  '\n#### WEEK 1: DEEP\n',
  '\n**Week 9 Score:** 10 / 100\n',
  '\n**Week 1 Score:** 70 / 100 | **Actual Hours:** 2 (Goal: 3)\n',
  '\n<!-- trackmd:progress -->\n',
  '\n<!-- /trackmd:progress -->\n',
  '\n<!-- trackmd-disable -->\n',
  '\n## Notes [/]\n',
  '\n- [ ] Parent [/]\n  - [x] Child (5 min)\n',
  '\n## DAY 3 - Dec 8 | Copy | ⏱️ 1 hours\n- [x] Done (5 min)\n',
  '\n**Deliverable:** `x.py` ✓ done\n',
  '\n**Project Start Date:** 2026-12-06\n',
  '\n- []  Broken task\n',
  '\n☐ On Track  ☑ Behind Schedule\n',
  '\n> quoted\n',
  '\n```\n',
  '[x]',
  '[ ]',
  '\n'
]

/** One such edit: where (a fraction of the text), what it cuts and types. */
export const riskyEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.nat(30),
  insert: fc.constantFrom(...riskySnippets)
})
