/** Forms of address, titles and relations that stand before a name: `mevrouw De Vries`, `mijn buurvrouw Ans`. */
const TITLE_BEFORE =
  /(?<![\p{L}])(?:meneer|mevrouw|mevr\.|mevr|mw\.|mw|dhr\.|dhr|de heer|heer|juffrouw|juf|juffie|meester|dokter|dr\.|mr\.|ir\.|ing\.|drs\.|prof\.|zuster|broeder|pastoor|dominee|ds\.|imam|wethouder|burgemeester|tante|oom|opa|oma|neef|nicht|broer|broertje|zus|zusje|moeder|vader|dochter|dochtertje|zoon|zoontje|kleinzoon|kleindochter|schoonmoeder|schoonvader|schoonzus|zwager|stiefvader|stiefmoeder|pleegmoeder|pleegvader|man|vrouw|vriend|vriendin|vriendje|buurman|buurvrouw|buurjongen|buurmeisje|collega|consulent|consulente|hulpverlener|begeleider|begeleidster|coach|huisarts|therapeut|psycholoog|psychiater|bewindvoerder|verpleegkundige|casemanager|mentor|ex|partner|baas|leidinggevende|mama|papa|mam|pap|wijkagent|agent|mister|mrs\.|mrs|mr|ms|miss|doctor|neighbour|neighbor|sister|brother|mother|father|son|daughter|aunt|uncle|friend|colleague)[ \u00a0]$/iu;

/** How far before a name a title is looked for. */
const TITLE_WINDOW = 20;

/** The title directly before `start` (one space between), or null. */
export function titleBefore(text: string, start: number): string | null {
  const match = TITLE_BEFORE.exec(text.slice(Math.max(0, start - TITLE_WINDOW), start));
  return match ? match[0].trim() : null;
}
