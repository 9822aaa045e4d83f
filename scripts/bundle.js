/**
 * Bundles the CLI with esbuild into `dist/bundle/`, split into chunks so
 * that `watch`, configuration and the Markdown parser load only when a
 * run needs them. Run after `tsc` (`npm run build`): it bundles `dist/`.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outdir = path.join(root, 'dist/bundle')
const asciiFirst = path.join(root, 'scripts/ascii-first-string-width.cjs')

/**
 * yargs measures its help text with string-width, whose module compiles
 * `\p{RGI_Emoji}` when it loads: about 15 ms of every run, help or not.
 * cliui and wrap-ansi, which lay the text out for yargs, each import a
 * copy of their own, which makes an `Intl.Segmenter` as it loads (about
 * 4 ms). All three get a measure that counts printable ASCII itself and
 * loads string-width for anything else: cliui's copy, which compiles no
 * emoji expression as it loads, as `--help` would have had it before.
 */
const measureAsciiFirst = {
  name: 'measure-ascii-first',
  setup(builder) {
    let isYargsMeasured = false

    builder.onResolve({ filter: /^string-width$/ }, (args) => {
      if (args.importer === asciiFirst) {
        return builder.resolve('string-width', {
          kind: 'require-call',
          resolveDir: path.join(root, 'node_modules', 'cliui')
        })
      }

      const owner = packageOf(args.importer)
      if (!measuredBy.has(owner)) return undefined
      if (owner === 'yargs') isYargsMeasured = true
      return { path: asciiFirst }
    })

    // Should yargs stop importing string-width by that name, the bundle
    // would quietly carry it again; fail the build instead.
    builder.onEnd((result) => {
      if (result.errors.length === 0 && !isYargsMeasured) {
        throw new Error('yargs imported no `string-width` to measure with')
      }
    })
  }
}

/** The packages whose string-width imports get the ASCII-first measure. */
const measuredBy = new Set(['yargs', 'cliui', 'wrap-ansi'])

/**
 * The package a file belongs to: the folder after the last `node_modules`,
 * so that a package installed under another counts as itself.
 */
function packageOf(file) {
  const parts = file.split(path.sep)
  return parts[parts.lastIndexOf('node_modules') + 1]
}

rmSync(outdir, { recursive: true, force: true })

await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/run.js', 'dist/parse/block-worker.js'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  // Bundled CommonJS modules call `require` for Node's own modules.
  banner: {
    js:
      "import { createRequire as createRequireForBundle } from 'node:module'; " +
      'const require = createRequireForBundle(import.meta.url);'
  },
  plugins: [measureAsciiFirst]
})
