import type { ReportLanguage } from '../results/summary-md.js';

/** Every word of the report in Dutch and English. */
export interface ReportTexts {
  readonly title: string;
  readonly intro: (documents: number, codebooks: string, unit: string, version: string) => string;
  readonly proposal: string;
  readonly units: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly redThreads: (minShare: string, by: readonly string[]) => string;
  readonly noRedThreads: (minShare: string) => string;
  readonly topThemes: string;
  readonly saturationSummary: string;
  readonly reachedAt: (point: string, parameters: string) => string;
  readonly notReached: (parameters: string) => string;
  readonly themes: string;
  readonly codes: string;
  readonly columns: {
    readonly rank: string;
    readonly theme: string;
    readonly code: string;
    readonly documents: string;
    readonly share: string;
    readonly segments: string;
    readonly speakers: string;
    readonly negated: string;
    readonly redThread: string;
    readonly group: string;
    readonly together: string;
    readonly jaccard: string;
    readonly interview: string;
    readonly date: string;
    readonly newCodes: string;
    readonly cumulative: string;
    readonly base: string;
    readonly run: string;
    readonly threshold: string;
    readonly saturation: string;
    readonly hash: string;
    readonly file: string;
  };
  readonly yes: string;
  readonly shareOfInterviews: string;
  readonly chartThemes: string;
  readonly chartCodes: string;
  readonly redThreadLine: (minShare: string) => string;
  readonly byAttribute: (attribute: string) => string;
  readonly groupSizes: string;
  readonly unknownGroup: string;
  readonly onlyIn: (label: string, group: string, documents: number) => string;
  readonly chartGroups: (attribute: string) => string;
  readonly cooccurrence: string;
  readonly cooccurrenceIntro: string;
  readonly perSegment: string;
  readonly perDocument: string;
  readonly noCooccurrence: string;
  readonly quotes: string;
  readonly quotesIntro: string;
  readonly interviewsWith: (documents: number) => string;
  readonly noQuotes: string;
  readonly negatedMention: string;
  readonly lines: (start: number, end: number) => string;
  readonly saturation: string;
  readonly saturationIntro: string;
  readonly saturationOrder: (dated: number, total: number) => string;
  readonly saturationDefault: (result: string) => string;
  readonly sensitivity: string;
  readonly perGroup: string;
  readonly chartSaturation: string;
  readonly cumulativeLegend: string;
  readonly newCodesLegend: string;
  readonly xAxis: string;
  readonly yAxis: string;
  readonly saturationMarker: (point: string) => string;
  readonly notReachedShort: string;
  readonly tooFewInterviews: (documents: number, needed: number) => string;
  readonly manifest: string;
  readonly manifestTool: (report: string, coding: string) => string;
  readonly manifestCodebooks: string;
  readonly manifestTranscripts: (count: number, hash: string) => string;
  readonly manifestSettings: string;
  readonly documentHashes: string;
  readonly settings: {
    readonly unit: string;
    readonly interviewers: string;
    readonly minShare: string;
    readonly by: string;
    readonly quotes: string;
    readonly saturation: string;
    readonly language: string;
    readonly none: string;
    readonly no: string;
  };
  readonly noCodes: string;
}

const nl: ReportTexts = {
  title: 'Rode draden',
  intro: (documents, codebooks, unit, version) =>
    `${documents} interviews, gecodeerd met ${codebooks}, ${unit} als eenheid (rodedraad ${version}).`,
  proposal: 'Automatisch coderen doet een voorstel: lees de citaten en controleer de codes voordat je er conclusies aan verbindt.',
  units: { turn: 'de spreekbeurt', paragraph: 'de alinea', sentence: 'de zin' },
  summary: 'Samenvatting',
  redThreads: (minShare, by) =>
    `Rode draden (in minstens ${minShare} van de interviews${by.length > 0 ? `, en in minstens twee groepen per ${by.join(' en per ')}` : ''}):`,
  noRedThreads: (minShare) => `Geen code komt in minstens ${minShare} van de interviews voor.`,
  topThemes: "Meest voorkomende thema's:",
  saturationSummary: 'Codeverzadiging:',
  reachedAt: (point, parameters) => `bereikt bij ${point} (${parameters}).`,
  notReached: (parameters) => `niet bereikt (${parameters}).`,
  themes: "Thema's",
  codes: 'Codes',
  columns: {
    rank: '#',
    theme: 'thema',
    code: 'code',
    documents: 'interviews',
    share: 'aandeel',
    segments: 'segmenten',
    speakers: 'sprekers',
    negated: 'ontkend',
    redThread: 'rode draad',
    group: 'groep',
    together: 'samen',
    jaccard: 'Jaccard',
    interview: 'interview',
    date: 'datum',
    newCodes: 'nieuwe codes',
    cumulative: 'codes tot nu toe',
    base: 'b',
    run: 'r',
    threshold: 't',
    saturation: 'verzadiging',
    hash: 'sha256',
    file: 'bestand',
  },
  yes: 'ja',
  shareOfInterviews: 'Aandeel interviews',
  chartThemes: "Thema's: aandeel interviews waarin het thema voorkomt",
  chartCodes: 'Codes: aandeel interviews waarin de code voorkomt',
  redThreadLine: (minShare) => `Grens rode draad (${minShare})`,
  byAttribute: (attribute) => `Per ${attribute}`,
  groupSizes: 'Groepen',
  unknownGroup: '(onbekend)',
  onlyIn: (label, group, documents) => `${label} komt alleen voor in ${group} (${documents} interviews).`,
  chartGroups: (attribute) => `Thema's per ${attribute}: aandeel interviews`,
  cooccurrence: 'Samenhang tussen codes',
  cooccurrenceIntro: 'Codes die vaak samen voorkomen. Jaccard = samen / (in één van beide); 1 betekent altijd samen.',
  perSegment: 'In hetzelfde segment',
  perDocument: 'In hetzelfde interview',
  noCooccurrence: 'Geen codes die samen voorkomen.',
  quotes: 'Citaten',
  quotesIntro:
    'Per code de sterkste voorbeelden, elk uit een ander interview: eerst segmenten waarin meer patronen van de code gevonden zijn, dan segmenten van leesbare lengte. Vetgedrukt staat wat het patroon vond.',
  interviewsWith: (documents) => `${documents} ${documents === 1 ? 'interview' : 'interviews'}`,
  noQuotes: 'Geen citaten: de code is niet gevonden.',
  negatedMention: 'Ontkende vermelding (telt niet als bewijs)',
  lines: (start, end) => (start === end ? `r. ${start}` : `r. ${start}-${end}`),
  saturation: 'Codeverzadiging',
  saturationIntro:
    "Codeverzadiging volgens Guest, Namey & Chen (2020): loop de interviews in volgorde van afname langs en tel per interview de codes die nog niet eerder voorkwamen. Verzadiging is bereikt bij het eerste interview s (vanaf b) waarna de volgende r interviews samen hoogstens t nieuwe codes opleveren, gemeten als deel van het aantal codes in de eerste b interviews (de basis). Het resultaat heet s+r: bij 6+2 is verzadiging bereikt bij interview 6 en bevestigd door de twee interviews daarna. Dit is codeverzadiging, geen betekenisverzadiging: het zegt dat er geen nieuwe codes van dit codeboek meer bijkomen, niet dat de betekenis van de thema's volledig begrepen is. De uitkomst hangt af van het codeboek en van de volgorde van de interviews.",
  saturationOrder: (dated, total) =>
    `Volgorde: op datum (${dated} van de ${total} interviews hebben een datum), daarna in bestandsvolgorde.`,
  saturationDefault: (result) => `Met b = 4, r = 2 en t = 5%: ${result}`,
  sensitivity: 'Gevoeligheid voor de keuze van b, r en t',
  perGroup: 'Per groep',
  chartSaturation: 'Codeverzadiging: nieuwe codes per interview',
  cumulativeLegend: 'Codes tot nu toe',
  newCodesLegend: 'Nieuwe codes',
  xAxis: 'Interview (in volgorde van afname)',
  yAxis: 'Aantal codes',
  saturationMarker: (point) => `Verzadiging (${point})`,
  notReachedShort: 'niet bereikt',
  tooFewInterviews: (documents, needed) => `te weinig interviews (${documents}; nodig: minstens ${needed})`,
  manifest: 'Verantwoording',
  manifestTool: (report, coding) => `Rapport: rodedraad ${report}; codering: rodedraad ${coding}.`,
  manifestCodebooks: 'Codeboeken:',
  manifestTranscripts: (count, hash) =>
    `Transcripten: ${count}; corpus-hash (sha256 van de gesorteerde hashes van de transcripten): \`${hash}\`.`,
  manifestSettings: 'Instellingen:',
  documentHashes: 'Hashes van de transcripten',
  settings: {
    unit: 'eenheid',
    interviewers: 'interviewers meegecodeerd',
    minShare: 'grens rode draad',
    by: 'groepen per',
    quotes: 'citaten per code',
    saturation: 'verzadiging (b, r, t)',
    language: 'taal',
    none: 'geen',
    no: 'nee',
  },
  noCodes: 'Er is geen enkele code gevonden: controleer het codeboek en de transcripten.',
};

const en: ReportTexts = {
  title: 'Red threads',
  intro: (documents, codebooks, unit, version) =>
    `${documents} interviews, coded with ${codebooks}, with the ${unit} as unit (rodedraad ${version}).`,
  proposal: 'Automatic coding makes a proposal: read the quotes and check the codes before you draw conclusions.',
  units: { turn: 'turn', paragraph: 'paragraph', sentence: 'sentence' },
  summary: 'Summary',
  redThreads: (minShare, by) =>
    `Red threads (in at least ${minShare} of the interviews${by.length > 0 ? `, and in at least two groups by ${by.join(' and by ')}` : ''}):`,
  noRedThreads: (minShare) => `No code occurs in at least ${minShare} of the interviews.`,
  topThemes: 'Most frequent themes:',
  saturationSummary: 'Code saturation:',
  reachedAt: (point, parameters) => `reached at ${point} (${parameters}).`,
  notReached: (parameters) => `not reached (${parameters}).`,
  themes: 'Themes',
  codes: 'Codes',
  columns: {
    rank: '#',
    theme: 'theme',
    code: 'code',
    documents: 'interviews',
    share: 'share',
    segments: 'segments',
    speakers: 'speakers',
    negated: 'negated',
    redThread: 'red thread',
    group: 'group',
    together: 'together',
    jaccard: 'Jaccard',
    interview: 'interview',
    date: 'date',
    newCodes: 'new codes',
    cumulative: 'codes so far',
    base: 'b',
    run: 'r',
    threshold: 't',
    saturation: 'saturation',
    hash: 'sha256',
    file: 'file',
  },
  yes: 'yes',
  shareOfInterviews: 'Share of interviews',
  chartThemes: 'Themes: share of interviews in which the theme occurs',
  chartCodes: 'Codes: share of interviews in which the code occurs',
  redThreadLine: (minShare) => `Red-thread threshold (${minShare})`,
  byAttribute: (attribute) => `By ${attribute}`,
  groupSizes: 'Groups',
  unknownGroup: '(unknown)',
  onlyIn: (label, group, documents) => `${label} occurs only in ${group} (${documents} interviews).`,
  chartGroups: (attribute) => `Themes by ${attribute}: share of interviews`,
  cooccurrence: 'Co-occurrence of codes',
  cooccurrenceIntro: 'Codes that often occur together. Jaccard = together / (in either); 1 means always together.',
  perSegment: 'In the same segment',
  perDocument: 'In the same interview',
  noCooccurrence: 'No codes occur together.',
  quotes: 'Quotes',
  quotesIntro:
    'For each code the strongest examples, each from another interview: first segments in which more patterns of the code were found, then segments of readable length. Bold is what the pattern found.',
  interviewsWith: (documents) => `${documents} ${documents === 1 ? 'interview' : 'interviews'}`,
  noQuotes: 'No quotes: the code was not found.',
  negatedMention: 'Negated mention (not counted as evidence)',
  lines: (start, end) => (start === end ? `l. ${start}` : `l. ${start}-${end}`),
  saturation: 'Code saturation',
  saturationIntro:
    'Code saturation after Guest, Namey & Chen (2020): go through the interviews in the order they were held and count, per interview, the codes not seen before. Saturation is reached at the first interview s (from b on) after which the next r interviews together add at most t new codes, measured as a share of the codes in the first b interviews (the base). The result reads s+r: at 6+2 saturation was reached at interview 6 and confirmed by the two interviews after it. This is code saturation, not meaning saturation: it says that no new codes of this codebook turn up, not that the meaning of the themes is fully understood. The outcome depends on the codebook and on the order of the interviews.',
  saturationOrder: (dated, total) => `Order: by date (${dated} of the ${total} interviews have a date), then by file order.`,
  saturationDefault: (result) => `With b = 4, r = 2 and t = 5%: ${result}`,
  sensitivity: 'Sensitivity to the choice of b, r and t',
  perGroup: 'Per group',
  chartSaturation: 'Code saturation: new codes per interview',
  cumulativeLegend: 'Codes so far',
  newCodesLegend: 'New codes',
  xAxis: 'Interview (in the order held)',
  yAxis: 'Number of codes',
  saturationMarker: (point) => `Saturation (${point})`,
  notReachedShort: 'not reached',
  tooFewInterviews: (documents, needed) => `too few interviews (${documents}; needed: at least ${needed})`,
  manifest: 'Manifest',
  manifestTool: (report, coding) => `Report: rodedraad ${report}; coding: rodedraad ${coding}.`,
  manifestCodebooks: 'Codebooks:',
  manifestTranscripts: (count, hash) => `Transcripts: ${count}; corpus hash (sha256 of the sorted transcript hashes): \`${hash}\`.`,
  manifestSettings: 'Settings:',
  documentHashes: 'Transcript hashes',
  settings: {
    unit: 'unit',
    interviewers: 'interviewers coded',
    minShare: 'red-thread threshold',
    by: 'groups by',
    quotes: 'quotes per code',
    saturation: 'saturation (b, r, t)',
    language: 'language',
    none: 'none',
    no: 'no',
  },
  noCodes: 'No code was found at all: check the codebook and the transcripts.',
};

/** The texts of a report language. */
export function reportTexts(language: ReportLanguage): ReportTexts {
  return language === 'nl' ? nl : en;
}
