import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/text/cut.js';

describe('cutText', () => {
  it('keeps a text that fits, and cuts others at the length', () => {
    expect(cutText('wachtlijst', 20)).toBe('wachtlijst');
    expect(cutText('wachtlijst', 6)).toBe('wachtl');
  });

  it('never leaves half of a surrogate pair at the end', () => {
    const text = 'ja 🙂 nee 👍👍 klaar';
    for (let length = 1; length < text.length; length++) {
      const cut = cutText(text, length);
      expect(text.startsWith(cut)).toBe(true);
      expect(cut.length === length || cut.length === length - 1).toBe(true);
      expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(new TextDecoder().decode(new TextEncoder().encode(cut))).toBe(cut);
    }
  });
});
