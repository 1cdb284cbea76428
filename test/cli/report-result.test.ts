import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const fixture = fileURLToPath(new URL('../fixtures/small-corpus/', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A valid result.json of the small corpus, parsed. */
let valid: { [key: string]: Json };

beforeAll(async () => {
  const out = path.join(makeTempDir(), 'out');
  expect(await run(['code', 'interviews', '-c', 'codebook.yaml', '-o', out, '-q'], fakeIo(fixture))).toBe(0);
  valid = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8')) as { [key: string]: Json };
});

/** Run `report` on a result given as a value (or text); returns the exit code and stderr. */
async function reportOn(value: unknown, folder = makeTempDir()) {
  writeFileSync(path.join(folder, 'result.json'), typeof value === 'string' ? value : JSON.stringify(value));
  const io = fakeIo(folder);
  const code = await run(['report', '.', '-q', '-o', 'report'], io);
  return { code, err: io.err() };
}

const clone = () =>
  structuredClone(valid) as {
    documents: {
      id: string;
      attributes: Json;
      segments: { text: string; codings: { code: string; theme: string; hits: { textStart: number; textEnd: number }[] }[] }[];
    }[];
    [key: string]: unknown;
  };

describe('report on a hand-edited result.json', () => {
  it('accepts the result.json that code wrote', async () => {
    expect(await reportOn(valid)).toEqual({ code: 0, err: expect.stringContaining('✔ wrote the report') });
  });

  it('lists what is wrong field by field, with exit 2 and no stack trace', async () => {
    const value = clone();
    (value.documents[0] as unknown as Record<string, unknown>)['id'] = 12;
    (value.documents[1]!.segments[0] as unknown as Record<string, unknown>)['role'] = 'boss';
    delete (value as Record<string, unknown>)['settings'];
    const { code, err } = await reportOn(value);
    expect(code).toBe(2);
    expect(err).toBe(
      [
        'result.json  error  documents[0].id must be string; found 12; was result.json edited? Code the transcripts again  invalid-result',
        'result.json  error  documents[1].segments[0].role must be one of "interviewer", "respondent", "other"; found "boss"; was result.json edited? Code the transcripts again  invalid-result',
        "result.json  error  the result must have required property 'settings'; was result.json edited? Code the transcripts again  invalid-result",
        '',
      ].join('\n'),
    );
  });

  it('refuses unknown code ids, codes under another theme, duplicate document ids and hits outside their text', async () => {
    const value = clone();
    const coding = value.documents[0]!.segments.flatMap((segment) => segment.codings)[0]!;
    coding.code = 'verzonnen';
    const other = value.documents[0]!.segments.flatMap((segment) => segment.codings)[1]!;
    other.theme = 'elders';
    value.documents[1]!.id = value.documents[0]!.id;
    const segment = value.documents[1]!.segments.find((item) => item.codings.length > 0)!;
    segment.codings[0]!.hits[0]!.textEnd = segment.text.length + 5;
    const { code, err } = await reportOn(value);
    expect(code).toBe(2);
    expect(err).toMatch(/documents\[0\]\.segments\[\d+\]\.codings\[0\]\.code "verzonnen" is not a code of the result's codebooks/);
    expect(err).toMatch(/codings\[\d\]\.theme "elders" is not the theme of code "\w+" \("\w+"\)/);
    expect(err).toContain('documents[1].id "R01" is used by another document too');
    expect(err).toMatch(/hits\[0\] \(\d+-\d+\) does not lie inside its segment's text \(\d+ characters\)/);
    expect(err).not.toContain('internal error');
  });

  it('refuses attributes nested deeper than 100 levels, and a result that is a device', async () => {
    const value = clone();
    value.documents[0]!.attributes = { diep: '@' };
    // Written as text: JSON.stringify itself overflows the stack on 200,000 levels.
    const nested = await reportOn(JSON.stringify(value).replace('"diep":"@"', `"diep":${'['.repeat(200_000)}${']'.repeat(200_000)}`));
    expect(nested.code).toBe(2);
    expect(nested.err).toContain('documents[0].attributes are nested more than 100 levels deep');
    const io = fakeIo(makeTempDir());
    expect(await run(['report', '/dev/null'], io)).toBe(2);
    expect(io.err()).toBe('rodedraad: /dev/null: a character device (such as /dev/zero), not a regular file\n');
  });

  it('never ends in an internal error, whatever is changed in a valid result', async () => {
    const folder = makeTempDir();
    mkdirSync(path.join(folder, 'report'));
    const mutation = fc.record({
      target: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'duplicate', 'proto'),
      value: fc.jsonValue({ maxDepth: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const value = structuredClone(valid) as Json;
        for (const change of mutations) mutate(value, change);
        const { code, err } = await reportOn(value, folder);
        expect(err).not.toContain('internal error');
        expect([0, 2]).toContain(code);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** Every container in a JSON value with one of its keys: the places a mutation can hit. */
function places(value: Json): [Json[] | { [key: string]: Json }, string | number][] {
  const found: [Json[] | { [key: string]: Json }, string | number][] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        found.push([node, index]);
        visit(child);
      });
    } else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        found.push([node, key]);
        visit(child);
      }
  };
  visit(value);
  return found;
}

function mutate(value: Json, change: { target: number; kind: string; value: unknown }): void {
  const all = places(value);
  if (all.length === 0) return;
  const [container, key] = all[change.target % all.length]!;
  if (Array.isArray(container)) {
    const index = key as number;
    if (change.kind === 'delete') container.splice(index, 1);
    else if (change.kind === 'duplicate') container.splice(index, 0, structuredClone(container[index]!));
    else container[index] = change.value as Json;
  } else if (change.kind === 'delete') {
    delete container[key as string];
  } else if (change.kind === 'proto') {
    Object.defineProperty(container, '__proto__', { value: change.value, enumerable: true, writable: true, configurable: true });
  } else {
    container[key as string] = change.kind === 'duplicate' ? structuredClone(container[key as string]!) : (change.value as Json);
  }
}
