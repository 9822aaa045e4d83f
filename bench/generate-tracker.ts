/**
 * A deterministic generator of trackers in the seed's format, for the
 * benchmark and for tests: weeks of 7 days, each day with three sections of
 * timed tasks, a deliverable and blockers line, a checkpoint and a score line
 * per week, then the completion checklist, ratings, questions, ballots and
 * the metrics table.
 *
 * Run `npx tsx bench/generate-tracker.ts [days…]` to write
 * `bench/out/tracker-<days>.md` (default: 30, 1000 and 10000 days).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { monthAbbreviation } from '../src/parse/month-names.js'

/** The shape of a generated tracker, for tests to check the parse against. */
export interface GeneratedTracker {
  text: string
  days: number
  weeks: number
  /** Task items inside days, nested ones included. */
  dayTasks: number
  /** Task items under the weeks' checkpoints. */
  checkpointItems: number
  /** Task items of the completion checklist and the reflection. */
  checklistItems: number
}

const topics = [
  'Tensor Fundamentals',
  'Automatic Differentiation',
  'Training Loop',
  'Time Series EDA',
  'Augmentation Basics',
  'Autoencoders',
  'VAE Theory',
  'Sequence Models',
  'Code Reading',
  'Statistical Validation',
  'Profiling & Optimization',
  'Documentation'
]

const verbs = ['Read', 'Implement', 'Test', 'Plot', 'Document', 'Review']
const things = [
  'the tensor API',
  'a custom dataset class',
  'the loss curve',
  'gradient clipping',
  'the evaluation metrics',
  'the training notes'
]

/**
 * A small linear congruential generator, so that the same day count gives
 * the same bytes on every machine and Node version.
 */
function createRandom(seed: number): () => number {
  let state = seed >>> 0

  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Writes a tracker of `days` days.
 *
 * @param days How many days the plan holds; weeks hold 7 days, the last one
 *   fewer when `days` is not a multiple of 7.
 */
export function generateTracker(days: number): GeneratedTracker {
  const random = createRandom(days)
  const pick = <Item>(items: readonly Item[]): Item =>
    items[Math.floor(random() * items.length)] as Item
  const lines: string[] = [
    `# Complete Daily Progress Tracker: ${days}-Day Learning Schedule`,
    `## All ${days} Days with Detailed Checklists`,
    '',
    'Print and use this tracker daily. Check off items as completed and track blockers and learnings.',
    '',
    '---',
    ''
  ]
  const date = new Date(Date.UTC(2026, 11, 6))
  const weeks = Math.ceil(days / 7)
  // The first fifth of the plan is done, so that counts are not all zero.
  const doneDays = Math.floor(days / 5)
  let dayTasks = 0
  let checkpointItems = 0

  for (let week = 1; week <= weeks; week++) {
    const first = (week - 1) * 7 + 1
    const last = Math.min(week * 7, days)
    const weekDays: string[] = []
    let weekHours = 0

    for (let day = first; day <= last; day++) {
      const sections: Array<{ name: string; tasks: number[] }> = []
      let dayMinutes = 0

      for (const name of [
        'Morning Study',
        'Hands-On Coding',
        'Evening Review'
      ]) {
        const count = 3 + Math.floor(random() * 4)
        const minutes = Array.from(
          { length: count },
          () => 10 + 5 * Math.floor(random() * 5)
        )
        sections.push({ name, tasks: minutes })
        dayMinutes += minutes.reduce((sum, each) => sum + each, 0)
      }

      const hours = Math.max(1, Math.round(dayMinutes / 60))
      const isDone = day <= doneDays
      const topic = pick(topics)
      const month = monthAbbreviation(date.getUTCMonth() + 1)

      weekHours += hours
      weekDays.push(
        `## DAY ${day} - ${month} ${date.getUTCDate()} | ${topic} | ⏱️ ${hours} hours`,
        ''
      )

      for (const section of sections) {
        const sectionHours =
          Math.round(
            (section.tasks.reduce((sum, each) => sum + each, 0) / 60) * 2
          ) / 2
        weekDays.push(`**${section.name} (${sectionHours} hours)**`)

        for (const minutes of section.tasks) {
          weekDays.push(
            `- [${isDone ? 'x' : ' '}] ${pick(verbs)} ${pick(things)} for ${topic.toLowerCase()}; note what changed (${minutes} min)`
          )
          dayTasks++
        }

        // Every third day has a nested subtask, as people add them.
        if (day % 3 === 0 && section.name === 'Hands-On Coding') {
          weekDays.push(`  - [ ] Note the result for day ${day} (5 min)`)
          dayTasks++
        }

        weekDays.push('')
      }

      const deliverable = isDone ? 'done' : '_____'
      weekDays.push(
        `**Deliverable:** \`day${day}.py\` ✓ ${deliverable}  **Blockers:** ________________________`,
        '',
        '---',
        ''
      )
      date.setUTCDate(date.getUTCDate() + 1)
    }

    lines.push(
      `# WEEK ${week}: PART ${week} (Days ${first}-${last}) | Total: ${weekHours} Hours`,
      '',
      ...weekDays,
      `### ✅ WEEK ${week} CHECKPOINT (End of Day ${last})`,
      '- [ ] All daily deliverables complete and working',
      '- [ ] Can explain what was learned this week',
      '- [ ] Notes are written up',
      '',
      `**Week ${week} Score:** ____ / 100 | **Actual Hours:** ____ (Goal: ${weekHours})`,
      '',
      '---',
      ''
    )
    checkpointItems += 3
  }

  lines.push(...closingSections(days, weeks))

  return {
    text: `${lines.join('\n')}\n`,
    days,
    weeks,
    dayTasks,
    checkpointItems,
    checklistItems: 9
  }
}

/** The sections after the last week, as the seed has them. */
function closingSections(days: number, weeks: number): string[] {
  return [
    '# PROJECT COMPLETION CHECKLIST',
    '',
    '## Code Quality',
    '- [ ] All code has clear docstrings',
    '- [ ] Variable names are clear and descriptive',
    '- [ ] No unused imports or dead code',
    '',
    '## Documentation',
    '- [ ] README with clear setup instructions',
    '- [ ] Results documented with tables/plots',
    '',
    '## Skills Self-Assessment (1-10)',
    '- PyTorch Mastery: ____',
    '- Time Series Understanding: ____',
    '- Overall Confidence: ____',
    '',
    '---',
    '',
    '# FINAL REFLECTION',
    '',
    '**What was the most challenging aspect?**',
    '________________________________________________________________________',
    '',
    '**Which domain improved most?**',
    '  ☐ PyTorch  ☐ Time Series  ☐ Data Augmentation  ☐ Research Skills',
    '',
    '**Skills I am confident in now:**',
    '- [ ] PyTorch fundamentals',
    '- [ ] Time series analysis',
    '- [ ] Reading research papers',
    '- [ ] Documentation and communication',
    '',
    '---',
    '',
    '## OVERALL PROJECT METRICS',
    '',
    '| Metric | Value |',
    '|--------|-------|',
    `| Total Days | ${days} |`,
    '| Actual Hours | 0 |',
    ...Array.from(
      { length: Math.min(weeks, 4) },
      (_, index) => `| Week ${index + 1} Hours | 0 |`
    ),
    `| Major Milestones Complete | 0/${weeks} |`,
    '| Papers Read | ____ |',
    '| Overall Project Rating | ____/10 |',
    '',
    '**Project Start Date:** ________________  |  **Project End Date:** ________________',
    '',
    '**Final Status:**',
    '  ☑ On Track  ☐ Ahead of Schedule  ☐ Behind Schedule (days behind: ___)',
    '',
    '**Comments/Feedback:**',
    '________________________________________________________________________'
  ]
}

/** The default sizes of the benchmark. */
export const benchSizes = [30, 1000, 10000] as const

/**
 * Writes the trackers of the given sizes into a folder.
 *
 * @param folder Where to write `tracker-<days>.md`.
 * @param sizes The day counts.
 * @returns The paths written, in the order of `sizes`.
 */
export function writeTrackers(
  folder: string,
  sizes: readonly number[] = benchSizes
): string[] {
  mkdirSync(folder, { recursive: true })

  return sizes.map((days) => {
    const path = `${folder}/tracker-${days}.md`
    writeFileSync(path, generateTracker(days).text)
    return path
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number)
  const folder = fileURLToPath(new URL('./out', import.meta.url))

  for (const path of writeTrackers(folder, sizes.length ? sizes : undefined)) {
    process.stdout.write(`${path}\n`)
  }
}
