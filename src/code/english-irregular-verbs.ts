/**
 * English irregular verbs as "base past participle" (and a third form where the past differs by
 * speaker), written by hand for rodedraad from the standard list. A stem pattern reaches them
 * through their base: `tell` matches told. Left out on purpose: forms that are more often another
 * word (left, saw, found, lay, rose, ground, wound, fell, lead/led, bore, felt, meant?, ...) keep
 * their own stem; see IRREGULAR_SKIP.
 */
const IRREGULAR = `
arise arose arisen
be was were been is are am
become became become
begin began begun
bring brought brought
build built built
buy bought bought
catch caught caught
choose chose chosen
come came come
cost cost cost
deal dealt dealt
do did done does
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fight fought fought
find found
forget forgot forgotten
forgive forgave forgiven
get got gotten
give gave given
go went gone goes
grow grew grown
have had has
hear heard heard
hide hid hidden
hold held held
hurt hurt hurt
keep kept kept
know knew known
learn learnt learnt
leave left
lend lent lent
lie lay lain
lose lost lost
make made made
mean meant meant
meet met met
pay paid paid
put put put
quit quit quit
read read read
ride rode ridden
ring rang rung
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
shake shook shaken
show showed shown
shut shut shut
sing sang sung
sit sat sat
sleep slept slept
speak spoke spoken
spend spent spent
stand stood stood
steal stole stolen
stick stuck stuck
strike struck struck
swear swore sworn
swim swam swum
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
understand understood understood
wake woke woken
wear wore worn
win won won
write wrote written
`;

/** Forms left to their own stem: they are more often another word (left, saw, found, lay). */
const IRREGULAR_SKIP = new Set([
  'found',
  'left',
  'saw',
  'lay',
  'felt',
  'fell',
  'rose',
  'ground',
  'wound',
  'bore',
  'lead',
  'led',
  'lie',
  'lain',
]);

/** Irregular English verb forms by their base: told gives tell, went gives go. */
export function englishIrregularBases(): ReadonlyMap<string, string> {
  const bases = new Map<string, string>();
  for (const line of IRREGULAR.trim().split('\n')) {
    const [base, ...forms] = line.split(' ') as [string, ...string[]];
    for (const form of forms) if (form !== base && !IRREGULAR_SKIP.has(form) && !bases.has(form)) bases.set(form, base);
  }
  return bases;
}
