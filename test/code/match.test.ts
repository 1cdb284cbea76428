import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/code/lexicon.js';
import { codeWith, evidence, oneCode } from '../helpers.js';

describe('pattern language', () => {
  it('stem match: inflected forms, any case', () => {
    const codebook = oneCode(['wachtlijst']);
    expect(evidence(codebook, 'Ik stond op WACHTLIJSTEN, twee zelfs.')).toEqual(['WACHTLIJSTEN']);
    expect(evidence(codebook, 'De wachtkamer was vol.')).toEqual([]);
  });

  it('stem match ignores accents in the text and in the pattern', () => {
    expect(evidence(oneCode(['geïsoleerd']), 'Ik voelde me geisoleerd.')).toEqual(['geisoleerd']);
    expect(evidence(oneCode(['geisoleerd']), 'Zo geïsoleerde mensen.')).toEqual(['geïsoleerde']);
  });

  it('=exact matches the word form only, without stemming', () => {
    const codebook = oneCode(['=gehoord']);
    expect(evidence(codebook, 'Ik heb niks meer Gehoord.')).toEqual(['!Gehoord']);
    expect(evidence(codebook, 'Ze horen het wel.')).toEqual([]);
    expect(evidence(oneCode(['=wachtlijst']), 'Op de wachtlijsten.')).toEqual([]);
  });

  it('wildcards match on the word form: prefix, suffix and infix', () => {
    expect(evidence(oneCode(['wacht*']), 'De wachttijd was lang.')).toEqual(['wachttijd']);
    expect(evidence(oneCode(['*lijst']), 'Mijn boodschappenlijst.')).toEqual(['boodschappenlijst']);
    expect(evidence(oneCode(['*zorg*']), 'Mantelzorgers en de zorg.')).toEqual(['Mantelzorgers', 'zorg']);
    expect(evidence(oneCode(['*zorg*']), 'Ik zorgde goed.')).toEqual(['zorgde']);
    expect(evidence(oneCode(['wacht*']), 'Ik verwachtte het.')).toEqual([]);
  });

  it('(a|b) alternatives at one position', () => {
    const codebook = oneCode(['(hoge|grote) drempel']);
    expect(evidence(codebook, 'Er was een hoge drempel en ook grote drempels.')).toEqual(['hoge drempel', 'grote drempels']);
    expect(evidence(codebook, 'Een lage drempel.')).toEqual([]);
  });

  it('words separated by spaces match consecutive words', () => {
    const codebook = oneCode(['serieus genomen']);
    expect(evidence(codebook, 'Ik werd serieus genomen.')).toEqual(['serieus genomen']);
    expect(evidence(codebook, 'Serieus, ik werd daar genomen.')).toEqual([]);
  });

  it('~N allows up to N other words in between (separable verbs)', () => {
    const codebook = oneCode(['belde ~3 terug']);
    expect(evidence(codebook, 'Ze belde me gelukkig snel terug.')).toEqual(['belde me gelukkig snel terug']);
    expect(evidence(codebook, 'Ze belde me na drie lange weken terug.')).toEqual([]);
  });

  it('a phrase does not run across the end of a sentence', () => {
    expect(evidence(oneCode(['belde ~3 terug']), 'Ik belde. Terug kwam er niks.')).toEqual([]);
  });

  it('/regex/flags runs over the segment text', () => {
    const codebook = oneCode(['/wacht(en|lijst)/i']);
    expect(evidence(codebook, 'Eindeloos WACHTEN op de wachtlijst.')).toEqual(['WACHTEN', 'wachtlijst']);
  });

  it('a hyphenated compound is one word whose parts also match', () => {
    expect(evidence(oneCode(['loket']), 'Ik ging naar het Wmo-loket.')).toEqual(['Wmo-loket']);
    expect(evidence(oneCode(['wachtlijst']), 'De ggz-wachtlijsten zijn lang.')).toEqual(['ggz-wachtlijsten']);
    expect(evidence(oneCode(['wmo-loket']), 'Twee WMO-loketten en een wmoloket.')).toEqual(['WMO-loketten', 'wmoloket']);
  });

  it('unless vetoes the code when it occurs in the same segment', () => {
    const codebook = oneCode(['luisteren'], { unless: ['muziek'] });
    expect(evidence(codebook, 'Ik zat naar muziek te luisteren.')).toEqual([]);
    expect(evidence(codebook, 'Niemand wilde luisteren.')).toEqual(['!luisteren']);
  });
});

describe('negation', () => {
  const wachtlijst = oneCode(['wachtlijst']);

  it('a cue within 4 words before the hit negates it', () => {
    expect(evidence(wachtlijst, 'Er was niet echt een lange wachtlijst.')).toEqual(['!wachtlijst']);
    expect(evidence(oneCode(['(belde|bellen) ~3 terug']), 'Niemand belde me terug.')).toEqual(['!belde me terug']);
  });

  it('a cue more than 4 words before does not', () => {
    expect(evidence(wachtlijst, 'Er was niet echt een hele lange wachtlijst.')).toEqual(['wachtlijst']);
  });

  it('a cue after a noun negates it only at the end of a clause with a verb of having or being (Dutch word order)', () => {
    expect(evidence(oneCode(['hulp']), 'Hulp kreeg ik niet.')).toEqual(['!Hulp']);
    expect(evidence(oneCode(['hulp']), 'Hulp kreeg ik toen niet.')).toEqual(['!Hulp']);
    expect(evidence(oneCode(['formulieren']), 'Ik begreep die formulieren niet.')).toEqual(['formulieren']);
    expect(evidence(oneCode(['=begreep']), 'Ik begreep die formulieren niet.')).toEqual(['!begreep']);
  });

  it('a cue in a gap inside the hit negates it', () => {
    expect(evidence(oneCode(['belde ~3 terug']), 'Ze belde me niet terug.')).toEqual(['!belde me niet terug']);
  });

  it('sentence punctuation ends the clause', () => {
    expect(evidence(wachtlijst, 'Ik wil niet klagen. De wachtlijst was lang.')).toEqual(['wachtlijst']);
    expect(evidence(wachtlijst, 'De wachtlijst; niet leuk.')).toEqual(['wachtlijst']);
  });

  it('hesitation dots do not end the clause', () => {
    expect(evidence(wachtlijst, 'Er was geen... eh... wachtlijst.')).toEqual(['!wachtlijst']);
  });

  it('terminators (maar, echter, behalve, alleen) end the clause', () => {
    expect(evidence(wachtlijst, 'Niet leuk maar de wachtlijst viel mee.')).toEqual(['wachtlijst']);
    expect(evidence(wachtlijst, 'De wachtlijst echter niet.')).toEqual(['wachtlijst']);
  });

  it('pseudo-cues do not negate and do not end the clause', () => {
    expect(evidence(wachtlijst, 'Niet alleen de wachtlijst was erg.')).toEqual(['wachtlijst']);
    expect(evidence(wachtlijst, 'Ik had geen idee van die wachtlijst.')).toEqual(['wachtlijst']);
    expect(evidence(wachtlijst, 'Geen probleem, die wachtlijst.')).toEqual(['wachtlijst']);
  });

  it('cue words inside the pattern itself do not negate it, and other cues do not turn it around', () => {
    expect(evidence(oneCode(['geen hulp']), 'Ik kreeg geen hulp.')).toEqual(['geen hulp']);
    expect(evidence(oneCode(['geen hulp']), 'Ik kreeg nooit geen hulp.')).toEqual(['geen hulp']);
    expect(evidence(oneCode(['niet ~1 geluisterd']), 'Er werd niet geluisterd, echt niet.')).toEqual(['niet geluisterd']);
  });

  it('geen and zonder negate only what follows them', () => {
    expect(evidence(wachtlijst, 'Een wachtlijst, geen huisarts.')).toEqual(['wachtlijst']);
    expect(evidence(wachtlijst, 'De wachtlijst zonder dat iemand belde.')).toEqual(['wachtlijst']);
    expect(evidence(wachtlijst, 'Zonder wachtlijst.')).toEqual(['!wachtlijst']);
    expect(evidence(wachtlijst, 'De wachtlijst was er niet.')).toEqual(['!wachtlijst']);
  });

  it('negation: flag codes negated hits and marks them', () => {
    const [coding] = codeWith(wachtlijst, 'Er was geen wachtlijst.');
    expect(coding).toMatchObject({ negated: true, hits: [{ negated: true, cue: 'geen' }] });
    const [mixed] = codeWith(wachtlijst, 'Geen wachtlijst bij de huisarts. Wel een wachtlijst bij de ggz.');
    expect(mixed).toMatchObject({ negated: false, hits: [{ negated: false }] });
  });

  it('negation: exclude drops negated hits', () => {
    const codebook = oneCode(['wachtlijst'], { negation: 'exclude' });
    expect(codeWith(codebook, 'Er was geen wachtlijst.')).toEqual([]);
    expect(codeWith(codebook, 'Er was een wachtlijst.')).toHaveLength(1);
  });

  it('negation: require counts only negated hits', () => {
    const codebook = oneCode(['teruggebeld'], { negation: 'require' });
    expect(codeWith(codebook, 'Ze hebben me teruggebeld.')).toEqual([]);
    expect(codeWith(codebook, 'Niemand heeft me ooit teruggebeld.')).toMatchObject([
      { negated: false, hits: [{ negated: true, cue: 'Niemand' }] },
    ]);
  });

  it("English: cues, n't and pseudo-cues", () => {
    const codebook = oneCode(['listen'], { language: 'en' });
    expect(evidence(codebook, 'Nobody listened to me.')).toEqual(['!listened']);
    expect(evidence(codebook, "They didn't listen.")).toEqual(['!listen']);
    expect(evidence(codebook, 'They not only listened, they acted.')).toEqual(['listened']);
    expect(evidence(codebook, 'Nobody came, but they listened.')).toEqual(['listened']);
  });
});

describe('lexicon', () => {
  it('analyses each distinct word once and shares entries between spellings', () => {
    const lexicon = new Lexicon();
    lexicon.register({ kind: 'stem', form: 'wachtlijst' }, 'nl');
    const first = lexicon.lookup('Wachtlijsten');
    expect(lexicon.lookup('Wachtlijsten')).toBe(first);
    expect(lexicon.lookup('WACHTLIJSTEN')).toBe(first);
    expect(first.form).toBe('wachtlijsten');
    expect(first.atoms).toHaveLength(1);
  });
});
