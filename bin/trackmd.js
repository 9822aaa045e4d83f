#!/usr/bin/env node
import { run } from '../dist/bundle/run.js'

process.exitCode = await run()
