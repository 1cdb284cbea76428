import { describe, expect, it } from 'vitest';
import { codeKey, matchCodes } from '../../src/agree/match-codes.js';
import type { ExchangeCode } from '../../src/exchange/coding-model.js';

/** A code with an id and a path (its name is the last part). */
const code = (id: string, ...path: string[]): ExchangeCode => ({
  id,
  name: path[path.length - 1]!,
  path,
  parentId: null,
  description: null,
  codable: true,
});

/** The groups as "reference ids -> candidate ids". */
const pairs = (matching: ReturnType<typeof matchCodes>) =>
  matching.groups.map(
    (group) => `${group.reference.map((entry) => entry.id).join('+')} -> ${group.candidate.map((entry) => entry.id).join('+')}`,
  );

describe('codeKey: names compared without case, accents, punctuation or spaces', () => {
  it.each([
    ['Wachten, hulp te laat', 'wachten-hulp-te-laat'],
    ['Wachten, hulp te laat', 'WACHTEN hulp_te  laat'],
    ['Regie en één aanspreekpunt', 'regie en een aanspreekpunt'],
    ['Geïsoleerd', 'geisoleerd'],
    ["Don't go in depth on interactions", 'dont-go-in-depth-on-interactions'],
    ["Don't go in depth on interactions", 'Don’t go in depth on interactions'],
    ['Pre-computed', 'Precomputed'],
    ['Theme > Code', 'theme>code'],
  ])('%s = %s', (a, b) => {
    expect(codeKey(a)).toBe(codeKey(b));
  });

  it.each([
    ['Wachten', 'Wachten > Wachten'],
    ['Wachtlijst', 'Wachten'],
    ['ALE', 'SHAP'],
  ])('%s is not %s', (a, b) => {
    expect(codeKey(a)).not.toBe(codeKey(b));
  });
});

describe('matchCodes: pairing the codes of a reference and a candidate', () => {
  it('by id, by path and by name, in the candidate order', () => {
    const reference = [
      code('Gehoord > Niet serieus genomen', 'Gehoord', 'Niet serieus genomen'),
      code('x1', 'Geholpen worden', 'Wachten, hulp te laat'),
      code('eigen-netwerk', 'Eigen netwerk (familie)'),
    ];
    const candidate = [
      code('eigen-netwerk', 'Geholpen worden', 'Eigen netwerk'),
      code('wachten-te-laat', 'Geholpen worden', 'Wachten hulp te laat'),
      code('c3', 'Gehoord worden', 'Niet serieus genomen'),
    ];
    const matching = matchCodes(reference, candidate);
    // eigen-netwerk by id; wachten by its path (theme and name); niet serieus by the name alone.
    expect(pairs(matching)).toEqual(['eigen-netwerk -> eigen-netwerk', 'x1 -> wachten-te-laat', 'Gehoord > Niet serieus genomen -> c3']);
    expect(matching.groups[1]!.id).toBe('wachten-te-laat');
    expect(matching).toMatchObject({ onlyReference: [], onlyCandidate: [], problems: [] });
  });

  it('a more specific level wins: the path before a name two codes share, an id before a name', () => {
    const reference = [code('r1', 'A', 'Overig'), code('r2', 'B', 'Overig')];
    const candidate = [code('c1', 'B', 'Overig'), code('c2', 'A', 'Overig')];
    expect(pairs(matchCodes(reference, candidate))).toEqual(['r2 -> c1', 'r1 -> c2']);
    // "Wachten" is the id of one candidate code and the name of another.
    const named = [code('wachten', 'Wachtlijst'), code('w2', 'Wachten')];
    expect(pairs(matchCodes([code('r', 'Wachten')], named))).toEqual(['r -> wachten']);
  });

  it('a name two candidate codes share is ambiguous: no pair, and both codes are left over', () => {
    const matching = matchCodes([code('r', 'Overig')], [code('c1', 'A', 'Overig'), code('c2', 'B', 'Overig')]);
    expect(matching.groups).toEqual([]);
    expect(matching.onlyReference.map((entry) => entry.id)).toEqual(['r']);
    expect(matching.onlyCandidate.map((entry) => entry.id)).toEqual(['c1', 'c2']);
  });

  it('a map pairs several reference codes with one candidate code, as one group', () => {
    const reference = [code('r1', 'Wachtlijst'), code('r2', 'Hulp te laat'), code('r3', 'Netwerk')];
    const candidate = [code('wachten-te-laat', 'Wachten, hulp te laat'), code('netwerk', 'Netwerk')];
    const map = [
      { reference: 'wachtlijst', candidate: 'Wachten, hulp te laat', origin: 'map.csv:2' },
      { reference: 'HULP TE LAAT', candidate: 'wachten-te-laat', origin: 'map.csv:3' },
    ];
    const matching = matchCodes(reference, candidate, map);
    expect(pairs(matching)).toEqual(['r1+r2 -> wachten-te-laat', 'r3 -> netwerk']);
    expect(matching.problems).toEqual([]);
  });

  it('a map entry beats a name match, and codes joined through a shared reference code merge into one group', () => {
    const reference = [code('r1', 'Wachten'), code('r2', 'Netwerk')];
    const candidate = [code('c1', 'Wachten'), code('c2', 'Wachtlijst'), code('c3', 'Netwerk')];
    const map = [
      { reference: 'Netwerk', candidate: 'Wachtlijst', origin: 'm:1' },
      { reference: 'Wachten', candidate: 'c1', origin: 'm:2' },
      { reference: 'Netwerk', candidate: 'c1', origin: 'm:3' },
    ];
    const matching = matchCodes(reference, candidate, map);
    // r2 -> c2 and r1 -> c1 are two groups until r2 -> c1 joins them (in the candidate's order); c3
    // ("Netwerk" by name) is not paired, because r2 is mapped.
    expect(pairs(matching)).toEqual(['r1+r2 -> c1+c2']);
    expect(matching.groups[0]!.id).toBe('c1+c2');
    expect(matching.onlyCandidate.map((entry) => entry.id)).toEqual(['c3']);
  });

  it('a map entry that names no code, or an ambiguous one, is a problem with its origin', () => {
    const candidate = [code('c1', 'A', 'Overig'), code('c2', 'B', 'Overig')];
    const matching = matchCodes([code('r1', 'Wachten')], candidate, [
      { reference: 'Bestaat niet', candidate: 'A > Overig', origin: 'map.yaml (Bestaat niet)' },
      { reference: 'Wachten', candidate: 'Overig', origin: 'map.yaml (Wachten)' },
    ]);
    expect(matching.problems).toEqual([
      'map.yaml (Bestaat niet): no reference code is called "Bestaat niet"',
      'map.yaml (Wachten): "Overig" names more than one candidate code; use its id or full path',
    ]);
    expect(matching.groups).toEqual([]);
  });
});
