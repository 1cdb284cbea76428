import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';

// The REFI-QDA 1.0 schemas, see test/fixtures/refi-qda/SOURCE.md.
const read = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const projectSchema = [{ fileName: 'Project.xsd', contents: read('refi-qda/schema/Project.xsd') }];

async function validate(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: projectSchema });
  return result.errors.map((error) => error.message);
}

describe('the projects written for the tests are valid REFI-QDA', () => {
  it.each(['refi-qda/rodedraad__atlas-like-project.qde', 'agree/three-coders/project.qde'])(
    '%s validates against Project.xsd',
    async (name) => {
      expect(await validate(read(name))).toEqual([]);
    },
  );

  it('the validator does reject a project that breaks the schema', async () => {
    const broken = read('refi-qda/rodedraad__atlas-like-project.qde').replace('<Users>', '<Users><Nobody/>');
    expect((await validate(broken)).length).toBeGreaterThan(0);
  });
});
