// Preloaded with `node --require`: writes each package name that is
// `require`d (as trackmd's on-demand loader does) to the file named by
// TRACKMD_REQUIRE_LOG, one per line, when the process exits.
const Module = require('node:module')
const { appendFileSync } = require('node:fs')

const load = Module._load
const names = new Set()

Module._load = function (request, ...rest) {
  if (!request.startsWith('.') && !request.startsWith('node:')) {
    names.add(request)
  }
  return load.call(this, request, ...rest)
}

process.on('exit', () => {
  appendFileSync(process.env.TRACKMD_REQUIRE_LOG, [...names].join('\n'))
})
