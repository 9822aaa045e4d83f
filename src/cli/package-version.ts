import { readFileSync } from 'node:fs'

/**
 * Read trackmd's version from its package.json, which sits two folders up
 * from `src/cli/`, `dist/cli/` and the bundle's `dist/bundle/`.
 */
export function readPackageVersion(): string {
  const url = new URL('../../package.json', import.meta.url)
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as {
    version?: unknown
  }
  return typeof manifest.version === 'string' ? manifest.version : 'unknown'
}
