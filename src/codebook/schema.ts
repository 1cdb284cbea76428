import { createRequire } from 'node:module';
import validateCodebook from './codebook-validator.generated.js';

/** The codebook JSON Schema shipped in `schema/codebook.schema.json`. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly $ref?: string;
}

/** A JSON Schema validation error, as Ajv reports it. */
export interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A validator for codebooks. */
export interface CodebookValidator {
  readonly schema: JsonSchema;
  validate(value: unknown): readonly SchemaError[];
}

/** Ajv's standalone validator, compiled from the schema by scripts/generate-validator.mjs. */
type GeneratedValidator = ((value: unknown) => boolean) & { errors?: SchemaError[] | null };

/** The shipped schema with its precompiled validator, which reports every error, not just the first. */
export function createCodebookValidator(): CodebookValidator {
  const schema = createRequire(import.meta.url)('../../schema/codebook.schema.json') as JsonSchema;
  const check = validateCodebook as GeneratedValidator;
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
