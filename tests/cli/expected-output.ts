/**
 * The exact output of `trackmd status` for the fixtures, shared by the
 * in-process tests and the child-process tests of the bin.
 */

/** `trackmd status --today 2026-12-10 fixtures/seed/tracker.md`. */
export const seedStatus = `fixtures/seed/tracker.md · Thu 10 Dec 2026

Today: Day 5 of 30 · Time Series Analysis & Basic Augmentation
6 h planned · 16 of 16 tasks open, 3 h 40 min
  20 min  Study ACF and PACF plots
  20 min  Understand stationarity concept and ADF test
  20 min  Learn basic augmentation techniques
  15 min  Review time series properties to preserve
  20 min  Compute and plot ACF for your time series
  15 min  Compute and plot PACF
  15 min  Perform Augmented Dickey-Fuller (ADF) test; record p-value
  10 min  Interpret ADF result: stationary or non-stationary?
  … 8 more, 1 h 25 min

Week  Tasks                     Planned h  Days  Logged h
1     ░░░░░░░░░░░░   0%  0/77   0/16.8     0/5   –/30
2     ░░░░░░░░░░░░   0%  0/123  0/30.9     0/8   –/51
3     ░░░░░░░░░░░░   0%  0/106  0/26.1     0/8   –/50
4     ░░░░░░░░░░░░   0%  0/103  0/28.8     0/9   –/42

Deliverables  0 of 30 done
Milestones    0 of 4 checkpoints complete
Missed days   1–4 (4 days)
Streak        0 complete days
Hours logged  none yet, target 173 h
`

/** `trackmd status --today 2026-12-07 fixtures/small-plan/tracker.md`. */
export const smallPlanStatus = `fixtures/small-plan/tracker.md · Mon 7 Dec 2026

Today: Day 2 of 2 · Practice
3 h planned · 1 of 2 tasks open, 1 h
  60–90 min  Write code

Week  Tasks                     Planned h  Days  Logged h
1     ██████░░░░░░  50%  2/4    0.6/2.1    1/2   4/5

Deliverables  1 of 2 done
Milestones    1 of 1 checkpoint complete
Missed days   none
Streak        1 complete day
Hours logged  4 of 5 h (80%)
`
