import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IdleCollector } from '../../src/watch/idle-collector.js'

describe('IdleCollector', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('collects once the quiet time has passed with no work', () => {
    const collect = vi.fn()
    const collector = new IdleCollector(200, collect)

    collector.schedule(() => true)
    vi.advanceTimersByTime(199)
    expect(collect).not.toHaveBeenCalled()

    vi.advanceTimersByTime(1)
    expect(collect).toHaveBeenCalledTimes(1)

    vi.advanceTimersByTime(1000)
    expect(collect).toHaveBeenCalledTimes(1)
  })

  it('waits again when work comes before the quiet time is over', () => {
    const collect = vi.fn()
    const collector = new IdleCollector(200, collect)

    collector.schedule(() => true)
    vi.advanceTimersByTime(150)
    collector.postpone()
    vi.advanceTimersByTime(1000)
    expect(collect).not.toHaveBeenCalled()

    collector.schedule(() => true)
    vi.advanceTimersByTime(150)
    collector.schedule(() => true)
    vi.advanceTimersByTime(150)
    expect(collect).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(collect).toHaveBeenCalledTimes(1)
  })

  it('does not collect while work waits or runs, nor when turned off', () => {
    const collect = vi.fn()
    const busy = new IdleCollector(200, collect)
    const off = new IdleCollector(0, collect)

    busy.schedule(() => false)
    off.schedule(() => true)
    vi.advanceTimersByTime(1000)

    expect(collect).not.toHaveBeenCalled()
  })

  it('never collects once stopped', () => {
    const collect = vi.fn()
    const collector = new IdleCollector(200, collect)

    collector.schedule(() => true)
    collector.stop()
    collector.schedule(() => true)
    vi.advanceTimersByTime(1000)

    expect(collect).not.toHaveBeenCalled()
  })

  it('collects with V8 itself by default', async () => {
    vi.useRealTimers()
    const collector = new IdleCollector(10)
    // An object only a weak reference holds, made in a job of its own: a
    // weak target lives at least to the end of the job that made it.
    const ref = await Promise.resolve().then(() => new WeakRef({ day: 1 }))
    await new Promise((resolve) => setImmediate(resolve))

    collector.schedule(() => true)
    await new Promise((resolve) => setTimeout(resolve, 30))

    expect(ref.deref()).toBeUndefined()
  })
})
