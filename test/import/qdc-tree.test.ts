import { describe, expect, it } from 'vitest';
import { readQdcTree } from '../../src/import/qdc-tree.js';
import { buildSkeleton } from '../../src/import/skeleton.js';

const qdc = (codes: string, sets = '') => `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Test"><Codes>${codes}</Codes>${sets}</CodeBook>`;
const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const code = (n: number, name: string, children = '', codable = true) =>
  `<Code guid="${guid(n)}" name="${name}" isCodable="${codable}">${children}</Code>`;

describe('reading a REFI-QDA codebook for import', () => {
  it('lists every problem that makes a codebook ambiguous, and gives no tree', () => {
    const xml = qdc(
      code(1, 'Wachten', code(2, 'Lang') + code(3, 'lang') + code(4, '  ')) +
        code(5, 'Loket', `<Code guid="{${guid(5).toUpperCase()}}" name="Zelf" isCodable="true"/>`) +
        code(6, 'Andere', code(2, 'Lang')),
    );
    const { tree, diagnostics } = readQdcTree(xml, 'boek.qdc');
    expect(tree).toBeNull();
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.reason])).toEqual([
      ['import-empty-name', `code ${guid(4)} at Wachten > (no name) has no name; name it in the QDA tool and export again`],
      [
        'import-duplicate-name',
        'two codes under "Wachten" are called "Lang" and "lang"; rename one (a codebook needs names it can tell apart)',
      ],
      ['import-cycle', `code "Loket > Zelf" has the guid ${guid(5)} of a code it is inside: a cycle; give it its own guid`],
      ['import-duplicate-guid', `codes "Wachten > Lang" and "Andere > Lang" share the guid ${guid(2)}; each code needs its own`],
    ]);
    expect(diagnostics.every((diagnostic) => diagnostic.severity === 'error' && diagnostic.file === 'boek.qdc')).toBe(true);
  });

  it('refuses what is not a codebook', () => {
    expect(readQdcTree('<Other/>', 'x.qdc').diagnostics[0]!.ruleId).toBe('import-not-codebook');
    expect(readQdcTree('<CodeBook><Codes>', 'x.qdc').diagnostics[0]!.ruleId).toBe('import-bad-xml');
    expect(readQdcTree(qdc(''), 'x.qdc').diagnostics[0]!.reason).toBe('the codebook has no codes');
  });

  it('maps the hierarchy to themes and codes: deeper codes flattened with their path, loose codes by their Set, codable themes noted', () => {
    const xml = qdc(
      code(1, 'Wachten', code(2, 'Wachtlijst', code(3, 'Ggz') + code(4, 'Jeugdzorg')) + code(5, 'Map', code(6, 'Diep'), false)) +
        code(7, 'Los') +
        code(8, 'Ook los'),
      `<Sets><Set guid="${guid(9)}" name="Groep één"><MemberCode guid="${guid(7)}"/></Set></Sets>`,
    );
    const { tree } = readQdcTree(xml, 'boek.qdc');
    const { skeleton, diagnostics } = buildSkeleton(tree!, 'boek.qdc', 'boek', 'nl');
    expect(skeleton.themes.map((theme) => [theme.id, theme.label, theme.codes.map((entry) => [entry.id, entry.from])])).toEqual([
      [
        'wachten',
        'Wachten',
        [
          ['wachtlijst', null],
          ['ggz', 'Wachten > Wachtlijst > Ggz'],
          ['jeugdzorg', 'Wachten > Wachtlijst > Jeugdzorg'],
          ['diep', 'Wachten > Map > Diep'],
        ],
      ],
      ['groep-een', 'Groep één', [['los', null]]],
      ['overige-codes', 'Overige codes', [['ook-los', null]]],
    ]);
    expect(skeleton).toMatchObject({ id: 'boek', title: 'boek', version: '0.1.0', language: 'nl' });
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      '1 code(s) with subcodes became themes (Wachten); rodedraad codes with codes, not themes, so add a code under each if it was used for coding',
      '3 code(s) stood more than one level below a theme; rodedraad has themes and codes only, so they are codes of their theme now, each with a comment saying where it stood',
    ]);
  });
});
