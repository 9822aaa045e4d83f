import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'TrackerFileError',
      'applyEdits',
      'dayFacts',
      'fixText',
      'lintText',
      'main',
      'parseTracker',
      'readTrackerFile',
      'summarize',
      'syncText',
      'toExportDocument',
      'trackerFacts',
      'writeTracker'
    ])
  })
})
