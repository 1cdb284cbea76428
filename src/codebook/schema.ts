import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** The codebook JSON Schema shipped in `schema/codebook.schema.json`. */
export interface JsonSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly $ref?: string;
}

/** A validator for codebooks, compiled once per run. */
export interface CodebookValidator {
  readonly schema: JsonSchema;
  validate(value: unknown): readonly ErrorObject[];
}

/** Load the shipped schema and compile it with every error reported, not just the first. */
export function createCodebookValidator(): CodebookValidator {
  const schema = createRequire(import.meta.url)('../../schema/codebook.schema.json') as JsonSchema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check: ValidateFunction = ajv.compile(schema);
  return {
    schema,
    validate(value) {
      return check(value) ? [] : [...(check.errors ?? [])];
    },
  };
}

/** The sub-schema at a data path such as `/themes/0/codes/1`, following $ref. */
export function schemaAt(root: JsonSchema, path: readonly (string | number)[]): JsonSchema | null {
  let current: JsonSchema | null = resolve(root, root);
  for (const segment of path) {
    if (!current) return null;
    current = typeof segment === 'number' ? (current.items ?? null) : (current.properties?.[segment] ?? null);
    current = current ? resolve(root, current) : null;
  }
  return current;
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  if (!target) return schema;
  const { $ref: _ref, ...rest } = schema;
  return { ...resolve(root, target), ...rest };
}
