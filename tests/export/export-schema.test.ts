import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toExportDocument } from '../../src/export/to-export-document.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { summarize } from '../../src/summary/summarize.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
import { exportErrors, validateExport } from '../helpers/export-schema.js'
import { smallTracker } from '../helpers/small-tracker.js'

function exportFile(file: string, today: string) {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
  const tracker = parseTracker(text, { today })
  return toExportDocument(tracker, summarize(trackerFacts(tracker), { today }))
}

describe('schema/export.schema.json', () => {
  it('accepts the export of the seed tracker', () => {
    const document = exportFile('fixtures/seed/tracker.md', '2026-12-10')

    expect(validateExport(JSON.parse(JSON.stringify(document)))).toBe(true)
    expect(exportErrors()).toEqual([])
  })

  it('accepts the export of the garbled seed', () => {
    const document = exportFile(
      'fixtures/seed-mojibake/tracker.md',
      '2026-12-10'
    )

    expect(validateExport(JSON.parse(JSON.stringify(document)))).toBe(true)
    expect(exportErrors()).toEqual([])
  })

  it('accepts the export of a hand-made tracker', () => {
    const small = smallTracker()
    const document = toExportDocument(
      small,
      summarize(trackerFacts(small), { today: '2026-12-09' })
    )

    expect(validateExport(document)).toBe(true)
  })

  it('refuses a field the contract does not know', () => {
    const document = exportFile('fixtures/seed/tracker.md', '2026-12-10')
    const changed = {
      ...document,
      days: [{ ...document.days[0], sections: [] }]
    }

    expect(validateExport(changed)).toBe(false)
    expect(exportErrors()).toEqual([
      '/days/0 must NOT have additional properties'
    ])
  })

  it('refuses a date that is not YYYY-MM-DD', () => {
    const document = exportFile('fixtures/seed/tracker.md', '2026-12-10')

    expect(validateExport({ ...document, today: 'Dec 10' })).toBe(false)
    expect(exportErrors()).toEqual([
      '/today must match pattern "^\\d{4}-\\d{2}-\\d{2}$"'
    ])
  })
})
