import { describe, expect, it } from 'vitest';
import { createIdPool, slugify } from '../../src/import/slug.js';

describe('ids from names', () => {
  it.each([
    ['Wachten, hulp te laat', 'wachten-hulp-te-laat'],
    ['Één loket, één plan', 'een-loket-een-plan'],
    ['Geïsoleerd & eenzaam', 'geisoleerd-eenzaam'],
    ['Straße ærgernis ØRESUND', 'strasse-aergernis-oresund'],
    ['interesting\\places', 'interesting-places'],
    ['  -- rq1_definition --  ', 'rq1-definition'],
    ['😀 blij 🎉', 'blij'],
    ['日本語', ''],
    ['een heel lange naam van een code die echt veel te lang is om als id te dienen', 'een-heel-lange-naam-van-een-code-die-echt-veel'],
  ])('%s -> %s', (name, id) => {
    const slug = slugify(name);
    expect(slug).toBe(id);
    if (slug !== '') expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('hands out each id once: the wanted one, else a fallback, else a number', () => {
    const take = createIdPool();
    expect(take('programming')).toBe('programming');
    expect(take('programming', ['cs-programming'])).toBe('cs-programming');
    expect(take('programming', ['cs-programming'])).toBe('programming-2');
    expect(take('programming')).toBe('programming-3');
  });
});
