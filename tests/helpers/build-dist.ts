import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))

/**
 * vitest's global setup: builds dist/ once before any test file runs, for
 * the tests that start the built bin. Two files building at once would
 * write the same files while the other's child processes read them.
 */
export default function buildDist(): void {
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32'
  })

  if (build.status !== 0) {
    throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`)
  }
}
