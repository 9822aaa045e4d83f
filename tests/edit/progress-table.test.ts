import { describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'
import { smallText } from '../helpers/tracker-texts.js'

describe('planProgressTable', () => {
  it('renders a row per week and a total between the markers', () => {
    const result = syncText(smallText, { today: '2026-12-08' })

    expect(result.text.split('\n').slice(0, 12)).toEqual([
      '# Small plan',
      '',
      '<!-- trackmd:progress -->',
      '',
      '| Week   | Days | Tasks | Done | Deliverables | Hours |',
      '| :----- | ---: | ----: | ---: | -----------: | ----: |',
      '| Week 1 |  1/2 |   3/6 |  50% |          1/2 | 4 / 5 |',
      '| Week 2 |  0/1 |   0/1 |   0% |          0/1 | 0 / 2 |',
      '| Total  |  1/3 |   3/7 |  42% |          1/3 | 4 / 7 |',
      '',
      '<!-- /trackmd:progress -->',
      ''
    ])
    expect(result.edits[0]?.label).toBe('Progress table')
  })

  it('replaces a stale table and leaves a current one alone', () => {
    const synced = syncText(smallText, { today: '2026-12-08' }).text
    const ticked = synced.replace('- [ ] Write tests', '- [x] Write tests')

    const result = syncText(ticked, { today: '2026-12-08' })

    expect(result.text).toContain(
      '| Week 2 |  0/1 |   1/1 | 100% |          0/1 | 0 / 2 |\n'
    )
    expect(syncText(result.text, { today: '2026-12-08' }).edits).toEqual([])
  })
})
