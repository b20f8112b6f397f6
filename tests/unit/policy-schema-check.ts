/**
 * A test-side model of Chrome's policy schema dialect (components/policy/core/common/schema.cc
 * in Chromium): which attributes each type may carry, and how a value is checked against a
 * schema. Chrome refuses to load an extension whose managed_schema breaks these rules.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SchemaNode = Record<string, unknown>;

const COMMON = ['description', 'id', 'sensitiveValue', 'title', 'type'];

/** Attributes Chrome allows per type. Anything else is an "Unknown attribute" error. */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  array: [...COMMON, 'items'],
  boolean: COMMON,
  integer: [...COMMON, 'enum', 'maximum', 'minimum'],
  number: COMMON,
  object: [...COMMON, 'additionalProperties', 'patternProperties', 'properties', 'required'],
  string: [...COMMON, 'enum', 'pattern'],
};

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkNode(node: SchemaNode, path: string, errors: string[]): void {
  if ('$ref' in node) return;
  const type = node.type;
  if (typeof type !== 'string' || !(type in ALLOWED_ATTRIBUTES)) {
    errors.push(`${path}: each schema needs a known "type"`);
    return;
  }
  for (const attribute of Object.keys(node)) {
    if (!(ALLOWED_ATTRIBUTES[type] ?? []).includes(attribute)) {
      errors.push(`${path}: unknown attribute "${attribute}" for type ${type}`);
    }
  }
  if (type === 'array') {
    if (isNode(node.items)) checkNode(node.items, `${path}.items`, errors);
    else errors.push(`${path}: an array needs a schema in "items"`);
  }
  if (type === 'object' && node.properties !== undefined) {
    if (!isNode(node.properties)) errors.push(`${path}: "properties" must be an object`);
    else {
      for (const [name, child] of Object.entries(node.properties)) {
        if (isNode(child)) checkNode(child, `${path}.${name}`, errors);
        else errors.push(`${path}.${name}: a property schema must be an object`);
      }
    }
  }
}

/** Return the reasons Chrome would refuse `schema` as a managed_schema; empty when valid. */
export function checkChromeSchema(schema: unknown): string[] {
  if (!isNode(schema) || schema.type !== 'object') {
    return ['the main schema must have type "object"'];
  }
  const errors: string[] = [];
  if ('additionalProperties' in schema || 'patternProperties' in schema) {
    errors.push('the main schema may not have additionalProperties or patternProperties');
  }
  checkNode(schema, 'schema', errors);
  return errors;
}

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Return the reasons Chrome would drop `value` under `schema`; empty when it passes. */
export function validateAgainstSchema(schema: SchemaNode, value: Json, path = 'value'): string[] {
  const actual = typeOf(value);
  const expected = schema.type;
  if (actual !== expected && !(expected === 'number' && actual === 'integer')) {
    return [`${path}: expected ${String(expected)}, found ${actual}`];
  }
  if (Array.isArray(value) && isNode(schema.items)) {
    const items = schema.items;
    return value.flatMap((item, index) => validateAgainstSchema(items, item, `${path}[${index}]`));
  }
  if (actual === 'object' && isNode(value) && isNode(schema.properties)) {
    const properties = schema.properties;
    return Object.entries(value as Record<string, Json>).flatMap(([name, item]) => {
      const child = properties[name];
      if (!isNode(child)) return [`${path}: unknown property ${name}`];
      return validateAgainstSchema(child, item, `${path}.${name}`);
    });
  }
  return [];
}
