import { describe, expect, it } from 'vitest';
import { isValidIban, passesElfproef } from '../../src/privacy/checksums.js';
import { detectLicencePlate, isPlate } from '../../src/privacy/detect-licence-plate.js';
import { isSentenceStart } from '../../src/privacy/sentence.js';
import { protectedRanges } from '../../src/privacy/protected-ranges.js';
import { scanText } from '../../src/privacy/scan.js';

describe('check digits', () => {
  it('the elfproef accepts valid BSNs (8 digits with a leading 0 implied) and rejects others', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('23456782')).toBe(passesElfproef('023456782'));
  });

  it('mod-97 accepts registered IBANs of the right length only', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('GB29NWBK60161331926819')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('XX91ABNA0417164300')).toBe(false);
  });

  it('licence plates must fit a sidecode with letters that are issued', () => {
    expect(['12-BXT-3', 'GB-12-NK', 'AB-12-34', '1-KBB-23'].map(isPlate)).toEqual([true, true, true, true]);
    expect(['12-ABC-3', '12-03-85', 'SS-12-34', 'AB-CD-EF', 'A-12-BCD'].map(isPlate)).toEqual([false, false, false, false, false]);
    expect(detectLicencePlate('kenteken 12BXT3 en 99-ZZ-GH').map((finding) => finding.text)).toEqual(['99-ZZ-GH', '12BXT3']);
  });
});

describe('sentence starts', () => {
  const at = (text: string, word: string): boolean => isSentenceStart(text, text.indexOf(word));
  it('knows where a capital says nothing', () => {
    expect(at('Ans belde.', 'Ans')).toBe(true);
    expect(at('Ik belde. Ans nam op.', 'Ans')).toBe(true);
    expect(at('Ze zei: Ans komt.', 'Ans')).toBe(true);
    expect(at('Open maar. (lacht) Klein dingetje.', 'Klein')).toBe(true);
    expect(at('**R1:** Ans', 'Ans')).toBe(true);
    expect(at('Ik belde Ans.', 'Ans')).toBe(false);
    expect(at('Ik sprak o.a. Ans.', 'Ans')).toBe(false);
    expect(at('ik ging naar\nAns toe', 'Ans')).toBe(false);
    expect(at('Klaar.\nAns kwam.', 'Ans')).toBe(true);
  });
});

describe('scanText', () => {
  it('leaves excluded ranges alone and filters by confidence and kind', () => {
    const text = '---\nid: R1\ninterviewer: mevrouw Jansen\n---\n**Ans:** bel 06-12345678 of 0800-1234.';
    const ranges = protectedRanges(text);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['---\n', 'id:', 'interviewer:', '---', '**Ans:**']);
    expect(scanText(text, { exclude: ranges }).map((finding) => finding.text)).toEqual(['Jansen', '06-12345678']);
    expect(scanText(text, { exclude: ranges, minConfidence: 0 }).map((finding) => finding.text)).toEqual([
      'Jansen',
      '06-12345678',
      '0800-1234',
    ]);
    expect(scanText(text, { exclude: ranges, kinds: ['phone'] }).map((finding) => finding.text)).toEqual(['06-12345678']);
  });

  it('joins a listed name with the full name around it, so no part is left', () => {
    expect(scanText('Ik sprak Ans de Vries gisteren.', { names: ['Ans'] }).map((finding) => [finding.text, finding.confidence])).toEqual([
      ['Ans', 1],
    ]);
    const text = 'Toen zei mevrouw Ans de Vries het.';
    expect(scanText(text, { names: ['Vries'] }).map((finding) => [finding.text, finding.confidence])).toEqual([['Ans de Vries', 1]]);
  });

  it('stays fast and finds nothing in long runs of digits, letters and @ signs', () => {
    const hostile = `${'1 '.repeat(20000)}${'a@'.repeat(20000)}${'Aa '.repeat(20000)}${'12-'.repeat(20000)}`;
    expect(scanText(hostile)).toEqual([]);
  });
});
