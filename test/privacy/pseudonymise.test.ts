import { describe, expect, it } from 'vitest';
import { maskFinding } from '../../src/privacy/mask.js';
import { UserError } from '../../src/model/diagnostic.js';
import { emptyPseudonymKey, parsePseudonymKey, serializePseudonymKey } from '../../src/privacy/pseudonym-key.js';
import { normaliseValue, pseudonymiseText, shiftOffset } from '../../src/privacy/pseudonymise.js';
import { protectedRanges } from '../../src/privacy/protected-ranges.js';
import { scanText } from '../../src/privacy/scan.js';

describe('maskFinding', () => {
  it.each([
    ['phone', '06-12345678', '06-****5678'],
    ['phone', '+31 6 1234 5678', '+31 * **** 5678'],
    ['iban', 'NL34 ABNA 7805 9291 57', 'NL** **** **** **** 57'],
    ['iban', 'NL34ABNA7805929157', 'NL** **** **** **** 57'],
    ['email', 'jan.jansen@gmail.com', 'j***@***.com'],
    ['name', 'Ans de Vries', 'A** d* V****'],
    ['bsn', '1234.56.782', '****.**.*82'],
    ['postcode', '1234 AB 12', '12** ** **'],
    ['licence-plate', '12-BXT-3', '**-***-3'],
    ['birth-date', '12 maart 1985', '** ***** ****'],
  ] as const)('%s %s → %s', (kind, text, masked) => {
    expect(maskFinding({ kind, text })).toBe(masked);
  });
});

describe('pseudonymiseText', () => {
  const text = '**R1:** Bel Ans op 06-12345678.\nAns zei: bel 0612345678 of mail ans@live.nl.\n';
  const labels = protectedRanges(text);
  const findings = scanText(text, { names: ['Ans'], exclude: labels });

  it('gives one placeholder per kind and value, keeps labels and every line', () => {
    const result = pseudonymiseText(text, findings, emptyPseudonymKey(), labels);
    expect(result.text).toBe('**R1:** Bel [NAAM-1] op [TELEFOON-1].\n[NAAM-1] zei: bel [TELEFOON-1] of mail [EMAIL-1].\n');
    expect(result.text.split('\n')).toHaveLength(text.split('\n').length);
    expect(result.key.placeholders).toEqual({
      name: { ans: '[NAAM-1]' },
      phone: { '0612345678': '[TELEFOON-1]' },
      email: { 'ans@live.nl': '[EMAIL-1]' },
    });
  });

  it('reuses a key: the same value keeps its placeholder, a new value gets the next number', () => {
    const first = pseudonymiseText(text, findings, emptyPseudonymKey());
    const other = 'Mail Kees op kees@live.nl of Ans op 06-12345678.';
    const second = pseudonymiseText(other, scanText(other, { names: ['Ans', 'Kees'] }), first.key);
    expect(second.text).toBe('Mail [NAAM-2] op [EMAIL-2] of [NAAM-1] op [TELEFOON-1].');
    const again = pseudonymiseText(
      other,
      scanText(other, { names: ['Ans', 'Kees'] }),
      parsePseudonymKey(serializePseudonymKey(second.key), 'key.json'),
    );
    expect(again.text).toBe(second.text);
  });

  it('keeps line breaks inside a finding after its placeholder, and maps offsets outside findings', () => {
    const wrapped = 'Ik sprak Jan\nJansen en toen ging ik.';
    const finding = { kind: 'name', start: 9, end: 19, text: 'Jan\nJansen', confidence: 1, reason: 'test' } as const;
    const result = pseudonymiseText(wrapped, [finding], emptyPseudonymKey());
    expect(result.text).toBe('Ik sprak [NAAM-1]\n en toen ging ik.');
    expect(shiftOffset(wrapped.indexOf('toen'), result.replacements)).toBe(result.text.indexOf('toen'));
    expect(shiftOffset(3, result.replacements)).toBe(3);
    expect(shiftOffset(12, result.replacements)).toBe(9);
  });

  it('writes the same value one way whatever its spelling', () => {
    expect(normaliseValue('phone', '+31 (0)6 1234 5678')).toBe('0612345678');
    expect(normaliseValue('phone', '0031 6 12345678')).toBe('0612345678');
    expect(normaliseValue('iban', 'nl34 abna 7805 9291 57')).toBe('NL34ABNA7805929157');
    expect(normaliseValue('name', 'Meneer  Yılmaz')).toBe('meneer yilmaz');
    expect(normaliseValue('email', 'Jan punt Jansen apenstaartje gmail punt com')).toBe('jan.jansen@gmail.com');
  });
});

describe('the key file', () => {
  it('round-trips byte for byte, sorted, with its warning', () => {
    const key = { placeholders: { phone: { '0612345678': '[TELEFOON-1]' }, name: { ans: '[NAAM-2]', bea: '[NAAM-1]' } } };
    const text = serializePseudonymKey(key);
    expect(JSON.parse(text)).toMatchObject({
      format: 'rodedraad-pseudonym-key',
      version: 1,
      placeholders: { name: { ans: '[NAAM-2]', bea: '[NAAM-1]' } },
    });
    expect(text.indexOf('"name"')).toBeLessThan(text.indexOf('"phone"'));
    expect(serializePseudonymKey(parsePseudonymKey(text, 'key.json'))).toBe(text);
    expect(text).toContain('personal data');
  });

  it.each([
    ['not JSON', '{"format": ', /key\.json: the key file is not valid JSON/],
    ['another format', '{"format": "x", "version": 1, "placeholders": {}}', /not a rodedraad key file/],
    [
      'a newer version',
      '{"format": "rodedraad-pseudonym-key", "version": 2, "placeholders": {}}',
      /key file version 2; this rodedraad reads version 1/,
    ],
    ['an unknown kind', '{"format": "rodedraad-pseudonym-key", "version": 1, "placeholders": {"shoe": {}}}', /unknown kind "shoe"/],
    [
      'a bad placeholder',
      '{"format": "rodedraad-pseudonym-key", "version": 1, "placeholders": {"name": {"ans": "Bea"}}}',
      /not a placeholder like/,
    ],
    [
      'a placeholder used twice',
      '{"format": "rodedraad-pseudonym-key", "version": 1, "placeholders": {"name": {"ans": "[NAAM-1]", "bea": "[NAAM-1]"}}}',
      /stands for two values/,
    ],
  ])('rejects %s with a clear user error', (_what, text, message) => {
    expect(() => parsePseudonymKey(text, 'key.json')).toThrow(UserError);
    expect(() => parsePseudonymKey(text, 'key.json')).toThrow(message);
  });
});
