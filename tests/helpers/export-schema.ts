/**
 * The export JSON Schema compiled with ajv (draft 2020-12), for tests that
 * check real output against the shipped contract.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'

const schema = JSON.parse(
  readFileSync(
    new URL('../../schema/export.schema.json', import.meta.url),
    'utf8'
  )
) as object

const ajv = new Ajv2020({ allErrors: true, strict: true })

/** Validate a value against schema/export.schema.json. */
export const validateExport = ajv.compile(schema)

/** The validation errors of the last call, one line each. */
export function exportErrors(): string[] {
  return (validateExport.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? ''}`
  )
}
