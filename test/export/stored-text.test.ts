import { describe, expect, it } from 'vitest';
import { rebuildText } from '../../src/export/stored-text.js';

const segment = (index: number, speaker: string | null, section: string | null, text: string) => ({ index, speaker, section, text });

describe('a source rebuilt from result.json', () => {
  it('writes each segment after its speaker, a new section on a line of its own, and knows where each segment is', () => {
    const segments = [
      segment(1, 'I', 'Intro', 'Hoe gaat het?'),
      segment(2, 'R1', 'Intro', 'Goed 😀, dank u.'),
      segment(3, 'R1', 'Hulp', 'Ik wachtte lang.'),
    ];
    const { text, segmentStarts } = rebuildText({ segments } as never);
    expect(text).toBe('Intro\n\nI: Hoe gaat het?\n\nR1: Goed 😀, dank u.\n\nHulp\n\nR1: Ik wachtte lang.\n');
    for (const entry of segments)
      expect(text.slice(segmentStarts.get(entry.index)!, segmentStarts.get(entry.index)! + entry.text.length)).toBe(entry.text);
  });
});
