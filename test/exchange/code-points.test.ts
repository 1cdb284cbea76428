import { describe, expect, it } from 'vitest';
import { indexCodePoints } from '../../src/exchange/code-points.js';

describe('code point offsets', () => {
  it('turns UTF-16 offsets into code points and back around astral characters', () => {
    const text = 'a😀b👍🏽c\r\në';
    const index = indexCodePoints(text);
    const characters = Array.from(text);
    let utf16 = 0;
    for (let codePoint = 0; codePoint <= characters.length; codePoint++) {
      expect(index.toCodePoint(utf16)).toBe(codePoint);
      expect(index.toUtf16(codePoint)).toBe(utf16);
      utf16 += characters[codePoint]?.length ?? 0;
    }
    expect(index.length).toBe(characters.length);
  });

  it('counts an offset inside a surrogate pair as past its character', () => {
    expect(indexCodePoints('😀x').toCodePoint(1)).toBe(1);
  });
});
