/**
 * The 30-day template that `init` writes. Two folders up from this module
 * in every layout: `src/cli/`, `dist/cli/` and the bundle's `dist/bundle/`.
 */
export const templateUrl = new URL(
  '../../templates/tracker.md',
  import.meta.url
)
