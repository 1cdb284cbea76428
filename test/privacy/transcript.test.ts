import { describe, expect, it } from 'vitest';
import { createAllowList, readNamesEntry, readPrivacySettings } from '../../src/privacy/allow-list.js';
import { emptyPseudonymKey } from '../../src/privacy/pseudonym-key.js';
import { pseudonymiseTranscript } from '../../src/privacy/pseudonymise-transcript.js';
import { redactText } from '../../src/privacy/redact.js';
import { shiftOffset } from '../../src/privacy/pseudonymise.js';
import { scanTranscript } from '../../src/privacy/scan-transcript.js';
import { segment } from '../helpers.js';

const transcript =
  '---\nid: R1\ncontact: Ans Jansen\nnames:\n  - Sevda\n---\n**Ans:** Hoe gaat het?\n\n**R1:** Sevda belt me op 06-12345678.\n\n**Ans:** Dank u.\n';
const labels = segment(transcript).labels;

describe('scanTranscript', () => {
  it('scans front matter values and speaker labels as names, not keys or the names list', () => {
    const found = scanTranscript(transcript, { names: ['Sevda', 'Ans Jansen'], labels }).map(
      (finding) => `${finding.kind} ${finding.text}`,
    );
    expect(found).toEqual(['name Ans Jansen', 'name Ans', 'name Sevda', 'phone 06-12345678', 'name Ans']);
  });

  it('leaves out allowed values, matched as the kind writes them', () => {
    const found = scanTranscript(transcript, { names: ['Sevda'], labels, allow: createAllowList(['0612 345 678', 'sevda']) });
    expect(found.map((finding) => finding.text)).toEqual([]);
  });

  it('without labels from the segmenter, still scans a label in running text', () => {
    expect(scanTranscript('Sevda: ja.\n\nR1: nee.\n', { names: ['Sevda'] }).map((finding) => finding.text)).toEqual(['Sevda']);
  });
});

describe('pseudonymiseTranscript', () => {
  const findings = scanTranscript(transcript, { names: ['Sevda', 'Ans Jansen'], labels });

  it('writes placeholders without brackets in front matter and labels, empties names: and keeps every line', () => {
    const result = pseudonymiseTranscript(transcript, findings, emptyPseudonymKey(), labels);
    expect(result.text).toBe(
      '---\nid: R1\ncontact: NAAM-1\nnames: []\n\n---\n**NAAM-2:** Hoe gaat het?\n\n**R1:** [NAAM-3] belt me op [TELEFOON-1].\n\n**NAAM-2:** Dank u.\n',
    );
    // The replacements still point at the placeholders after names: was emptied.
    for (const replacement of result.replacements)
      expect(result.text.slice(replacement.newStart).replace(/^\[/, '')).toMatch(new RegExp(`^${replacement.placeholder.slice(1, -1)}`));
  });

  it('keeps a CRLF file CRLF', () => {
    const crlf = transcript.replace(/\n/g, '\r\n');
    const crlfLabels = segment(crlf).labels;
    const result = pseudonymiseTranscript(
      crlf,
      scanTranscript(crlf, { names: ['Sevda', 'Ans Jansen'], labels: crlfLabels }),
      emptyPseudonymKey(),
      crlfLabels,
    );
    expect(result.text.split('\r\n')).toHaveLength(crlf.split('\r\n').length);
    expect(result.text).toContain('names: []\r\n\r\n---');
  });
});

describe('redactText', () => {
  it('puts the kind in brackets, without a number, and maps offsets', () => {
    const text = 'Bel Ans op 06-12345678, zei ze.';
    const result = redactText(text, scanTranscript(text, { names: ['Ans'] }));
    expect(result.text).toBe('Bel [NAAM] op [TELEFOON], zei ze.');
    expect(shiftOffset(text.indexOf('zei'), result.replacements)).toBe(result.text.indexOf('zei'));
  });
});

describe('privacy settings', () => {
  it('reads allow: and names: lists, a single text, and numbers as text', () => {
    expect(readPrivacySettings({ allow: ['Gemeente Utrecht', 302860000], names: 'Truus' })).toEqual({
      settings: { allow: ['Gemeente Utrecht', '302860000'], names: ['Truus'] },
      problems: [],
    });
  });

  it('says what it cannot read', () => {
    expect(readPrivacySettings(['x']).problems).toEqual([
      'must be a map with allow: and names: lists (privacy: {allow: [Gemeente Utrecht]})',
    ]);
    expect(readPrivacySettings({ allow: [{ a: 1 }], alow: [] }).problems).toEqual([
      'unknown key "alow"; a privacy section has allow and names',
      'allow: {"a":1} is not a text; write one value per list entry',
    ]);
    expect(readNamesEntry({ a: 1 }).problems).toEqual(['{"a":1} is not a text; write one value per list entry']);
  });

  it('an allowed phone number written without its leading zero (as YAML reads 0302860000) still matches', () => {
    expect(createAllowList(['302860000']).allows({ kind: 'phone', text: '(030) 286 00 00' })).toBe(true);
    expect(createAllowList(['302860000']).allows({ kind: 'phone', text: '030 286 00 01' })).toBe(false);
  });
});
