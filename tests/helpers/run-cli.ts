/**
 * The bin, run from source: `node --import tsx tests/helpers/run-cli.ts`,
 * for child-process tests that should not wait for a build of dist/.
 */
import { run } from '../../src/cli/run.js'

process.exitCode = await run()
