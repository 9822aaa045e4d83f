import { defineConfig } from 'vitest/config'

// The command line's tests run twice: on the TypeScript sources, and on the
// bundle the `trackmd` command runs (`dist/bundle/`), which esbuild may
// make behave differently (how it splits out a CommonJS package, say).
const commandLineTests = [
  'tests/cli/**/*.test.ts',
  'tests/readme.test.ts',
  'tests/lint/readme-rules.test.ts'
]

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/build-dist.ts'],
    projects: [
      { extends: true, test: { name: 'source' } },
      {
        extends: true,
        test: {
          name: 'bundle',
          include: commandLineTests,
          env: { TRACKMD_TEST_TARGET: 'bundle' }
        }
      }
    ]
  }
})
