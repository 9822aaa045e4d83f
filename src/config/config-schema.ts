import { rules } from '../lint/rule-list.js'

/** The severities a rule may be set to. */
export const severitySettings = ['off', 'info', 'warn', 'error'] as const

/**
 * The JSON Schema of a configuration, built from the rules themselves so
 * that every rule id and its options are known.
 */
export function configSchema(): object {
  return {
    type: 'object',
    properties: {
      year: { type: 'integer', minimum: 1000, maximum: 9999 },
      rules: {
        type: 'object',
        properties: Object.fromEntries(
          rules.map((rule) => [
            rule.id,
            {
              oneOf: [
                { enum: severitySettings },
                {
                  type: 'array',
                  minItems: 1,
                  maxItems: 2,
                  items: [{ enum: severitySettings }, rule.optionsSchema]
                }
              ]
            }
          ])
        ),
        additionalProperties: false
      }
    },
    additionalProperties: false
  }
}
