import { describe, expect, it } from 'vitest';
import { guidOf, RODEDRAAD_NAMESPACE, uuidV5 } from '../../src/export/guid.js';

describe('name-based GUIDs', () => {
  it('computes UUID v5 as RFC 9562 does (the DNS namespace example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it("rodedraad's namespace is the v5 GUID of its URL in the URL namespace, as its comment says", () => {
    expect(uuidV5('https://github.com/rodedraad/rodedraad#refi-qda', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(RODEDRAAD_NAMESPACE);
  });

  it('gives a code the same GUID every time, of version 5 and the RFC variant', () => {
    const guid = guidOf('code', 'wachten-te-laat');
    expect(guid).toBe(guidOf('code', 'wachten-te-laat'));
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Pinned: a change here would make every earlier export look like another codebook to a QDA tool.
    expect(guid).toBe(uuidV5('code:wachten-te-laat'));
  });

  it('keeps a theme and a code with the same id apart', () => {
    expect(guidOf('theme', 'samenwerking')).not.toBe(guidOf('code', 'samenwerking'));
  });
});
