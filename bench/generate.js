// Synthetic interviews for the benchmark: deterministic (seeded), Dutch, with front matter,
// topic-guide headings, interviewer and respondent turns, hesitations and the themes of the
// shipped codebook. About 11.6 KB per interview, like the corpus the issue measured.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generator changes, so that stale corpora are written again. */
const VERSION = 2;

const MUNICIPALITIES = ['Gemeente A', 'Gemeente B', 'Gemeente C', 'Gemeente D'];
const ROLES = ['inwoner', 'mantelzorger', 'professional', 'vrijwilliger'];
const SECTIONS = [
  'Introductie',
  'Situatie en hulpvraag',
  'Ervaringen met hulp',
  'Eigen netwerk en buurt',
  'Wat had u nodig gehad?',
  'Afsluiting',
];
const QUESTIONS = [
  'Kunt u daar iets meer over vertellen?',
  'Hoe ging dat toen verder?',
  'Wat deed dat met u?',
  'En hoe was het contact met het wijkteam?',
  'Wie hielp u in die periode?',
  'Wat had u op dat moment nodig gehad?',
  'Mm-hm. En daarna?',
  'Hoe kwam u bij het loket terecht?',
];
const SENTENCES = [
  'Ik heb maanden op een wachtlijst gestaan voor de ggz, en in die tijd ging het eigenlijk alleen maar slechter.',
  'Niemand belde me terug, terwijl ze het twee keer beloofd hadden.',
  'Eh, ja, hoe zeg je dat, je voelt je gewoon niet serieus genomen.',
  'Mijn buurvrouw kwam elke dag even kijken, dat heeft me echt gered.',
  'Bij elke nieuwe consulent moest ik mijn hele verhaal weer opnieuw vertellen.',
  'Ze dachten dat het wel meeviel, dat ik het zelf wel kon regelen.',
  'Dat formulier met DigiD, daar kwam ik gewoon niet doorheen.',
  'Je wordt van het kastje naar de muur gestuurd, echt waar.',
  'Ik schaamde me kapot voor die schulden, dus ik zei tegen niemand iets.',
  'Er zaten zeven hulpverleners aan tafel en niemand hield het overzicht.',
  'In het buurthuis is op woensdag een koffieochtend, daar kom ik nu elke week.',
  'De schulden, mijn rug en de kinderen, dat hangt allemaal met elkaar samen.',
  'Het wijkteam heeft gewoon te weinig mensen, die hebben geen tijd om langs te komen.',
  'Nou, uiteindelijk kwam er iemand van de gemeente langs, maar toen was het eigenlijk al te laat.',
  'We hebben een eetgroep opgezet met een paar buren, gewoon op eigen initiatief.',
  'Ik voelde me zo eenzaam, de muren kwamen op me af.',
  'Het is niet dat ik geen hulp wilde, maar ik wist niet waar ik moest beginnen.',
  'De huisarts zag het als eerste, die vroeg door toen ik voor iets anders kwam.',
  'Mijn dochter doet veel, maar die woont in een andere stad en heeft zelf ook kinderen.',
  'Ik viel precies tussen wal en schip, tussen de Jeugdwet en de Wmo.',
  'Dat was, eh... ja, dat was een hele moeilijke tijd, laat ik het zo zeggen.',
  'Toen ik eenmaal een vast aanspreekpunt had, ging het eigenlijk snel beter.',
  'Ik ben weer vrijwilliger bij de bibliotheek, twee ochtenden per week.',
  'Je moet steeds maar weer bewijzen hoe slecht het gaat, anders krijg je niks.',
];
// Most of what people say in an interview is their story, not a theme word: about three in four
// sentences here are plain narrative, as in the demo corpus.
const NARRATIVE = [
  'Ik woon hier nu een jaar of twaalf, eerst met mijn man en later alleen.',
  'Mijn zoon zit op de middelbare school, in de derde klas, en hij voetbalt op zaterdag.',
  'We hadden toen nog een auto, dus boodschappen doen ging eigenlijk prima.',
  'Op dinsdag ga ik altijd naar mijn moeder, dat doe ik al jaren.',
  'Het was in de winter, ik weet nog dat het heel koud was die week.',
  'Ik heb vroeger in een fabriek gewerkt, aan de lopende band, later in de schoonmaak.',
  'Dat was een gesprek van een uur of anderhalf, aan de keukentafel.',
  'Mijn dochter is toen naar een andere stad verhuisd voor haar studie.',
  "We zijn een keer met z'n allen naar zee geweest, dat was mooi.",
  'De school belde dan weer, en dan moest ik hem ophalen.',
  'Ik ben toen maar gaan fietsen, elke ochtend een rondje, gewoon om eruit te zijn.',
  'Het huis is te groot voor mij alleen, maar ik wil hier niet weg.',
  'In het weekend komen mijn kleinkinderen soms, dan is het hier een drukte van belang.',
  'Hij werkte bij een transportbedrijf, nachtdiensten, dus overdag sliep hij.',
  'Ik heb dat briefje nog ergens liggen, in een map in de kast.',
  'Dat ging via de huisarts, die stuurde een verwijzing naar het ziekenhuis.',
  'We hebben daar toen samen over gepraat, mijn zus en ik, een hele avond.',
  'Mijn vader was timmerman, die kon alles maken met zijn handen.',
  'Ik kook graag, vooral als er mensen komen eten.',
  'Die winkel op de hoek is nu dicht, daar zit een kapper in.',
  'De bus rijdt hier twee keer per uur, en op zondag helemaal niet.',
  'Ik doe de administratie zelf, met een mapje per maand.',
  'We hebben een hond, een oude labrador, die moet drie keer per dag uit.',
  'In het voorjaar werk ik veel in de tuin, dat geeft me rust.',
  'Toen kwam corona, en toen lag eigenlijk alles stil.',
  'Ik heb een opleiding gedaan in de zorg, maar die niet afgemaakt.',
  'Ze vroeg hoe het met de kinderen ging, en hoe ik sliep.',
  'Mijn man is drie jaar geleden overleden, vlak voor de zomer.',
];
const FILLERS = ['Eh, ', 'Nou, ', 'Ja, ', 'Weet je, ', '', '', '', 'Ehm, '];

/** mulberry32: a small seeded generator, so every run writes the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic interview of about `bytes` bytes. */
export function interview(index, bytes = 11600) {
  const next = random(index + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const id = `R${String(index + 1).padStart(4, '0')}`;
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  let text = `---\nid: ${id}\ngemeente: ${pick(MUNICIPALITIES)}\nrol: ${pick(ROLES)}\ndatum: 2025-${month}-${day}\n---\n<!-- Synthetisch benchmarkinterview. -->\n\n# Interview ${id}\n`;
  let section = 0;
  while (text.length < bytes) {
    if (section < SECTIONS.length && next() < 0.25) text += `\n## ${SECTIONS[section++]}\n`;
    text += `\n**I:** ${pick(QUESTIONS)}\n\n**${id}:** `;
    const paragraphs = 1 + Math.floor(next() * 3);
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      if (paragraph > 0) text += '\n\n';
      const sentences = 2 + Math.floor(next() * 5);
      const parts = [];
      for (let sentence = 0; sentence < sentences; sentence++) parts.push(pick(FILLERS) + pick(next() < 0.25 ? SENTENCES : NARRATIVE));
      text += parts.join(' ');
    }
    text += '\n';
  }
  return text;
}

/** Write `count` interviews into `folder` unless it already holds them. */
export function ensureCorpus(folder, count) {
  mkdirSync(folder, { recursive: true });
  if (readdirSync(folder).filter((name) => name.endsWith('.md')).length === count && existsSync(path.join(folder, `.v${VERSION}`))) return;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `.v${VERSION}`), '');
  for (let index = 0; index < count; index++) {
    writeFileSync(path.join(folder, `interview-${String(index + 1).padStart(4, '0')}.md`), interview(index));
  }
}
