import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, SETTING_RULES } from '../../src/background/settings/rules';
import { checkChromeSchema, validateAgainstSchema, type SchemaNode } from './policy-schema-check';

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as SchemaNode;
const properties = schema.properties as Record<string, SchemaNode>;
const adminGuide = readFileSync('docs/admin.md', 'utf8');

const brokenSchemas: [name: string, schema: unknown][] = [
  ['top-level array', { type: 'array', items: { type: 'string' } }],
  ['top-level additionalProperties', { type: 'object', additionalProperties: { type: 'string' } }],
  ['draft $schema keyword', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' }],
  ['array without items', { type: 'object', properties: { list: { type: 'array' } } }],
  ['minimum on number', { type: 'object', properties: { n: { type: 'number', minimum: 1 } } }],
  ['format on string', { type: 'object', properties: { s: { type: 'string', format: 'uri' } } }],
  ['property without type', { type: 'object', properties: { s: { title: 'S' } } }],
];

describe('managed schema', () => {
  it('passes Chrome schema rules', () => {
    expect(checkChromeSchema(schema)).toEqual([]);
  });

  it.each(brokenSchemas)('checker rejects %s', (_name, broken) => {
    expect(checkChromeSchema(broken)).not.toEqual([]);
  });

  it('declares every policy key', () => {
    expect(Object.keys(properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each(POLICY_KEYS)('types %s like its rule', (key) => {
    const rule = SETTING_RULES[key];
    const expected =
      rule.kind === 'boolean' || rule.kind === 'integer'
        ? { type: rule.kind }
        : { type: 'array', items: { type: 'string' } };

    expect(properties[key]).toMatchObject(expected);
  });

  it.each(POLICY_KEYS)('describes %s with title and range', (key) => {
    const rule = SETTING_RULES[key];
    const property = properties[key];

    expect(property?.title).toEqual(expect.any(String));
    expect(property?.description).toEqual(expect.any(String));
    if (rule.kind === 'integer') {
      expect(property?.description).toContain(`from ${rule.min} to ${rule.max}`);
    }
  });

  it.each(POLICY_KEYS)('documents %s in admin guide', (key) => {
    const rule = SETTING_RULES[key];

    expect(adminGuide).toContain(`\`${key}\``);
    if (rule.kind === 'integer') {
      expect(adminGuide).toContain(`from ${rule.min} to ${rule.max}`);
    }
  });

  it('drops values of wrong type', () => {
    expect(validateAgainstSchema(schema, { autoLockMinutes: '5' })).not.toEqual([]);
  });
});
