/**
 * Place names that are not in OpenTaal's dictionary with a place flag, or that people use as names
 * of origin: countries and regions in Dutch, Dutch provinces and larger municipalities, and words for
 * nationalities. A capitalised word on this list gets a low name confidence. Written for this
 * project from general knowledge (public facts); extend freely.
 */
const COUNTRIES = `Afghanistan Albanië Algerije Amerika Angola Antillen Argentinië Armenië Aruba Australië Azerbeidzjan Bangladesh
België Bonaire Bosnië Brazilië Bulgarije Canada Chili China Colombia Congo Cuba Curaçao Cyprus Denemarken Duitsland Egypte
Engeland Eritrea Estland Ethiopië Europa Afrika Azië Filipijnen Finland Frankrijk Georgië Ghana Griekenland Guinee Hongarije
Ierland India Indonesië Irak Iran IJsland Israël Italië Japan Jemen Joegoslavië Jordanië Kaapverdië Kameroen Kazachstan Kenia
Koerdistan Korea Kosovo Kroatië Libanon Liberia Libië Litouwen Letland Luxemburg Macedonië Marokko Mexico Moldavië Nederland
Nepal Nigeria Noorwegen Oekraïne Oostenrijk Pakistan Palestina Peru Polen Portugal Roemenië Rusland Saba Schotland Senegal
Servië Sierra Leone Slowakije Slovenië Soedan Somalië Spanje Sri Lanka Suriname Syrië Thailand Tibet Tsjechië Tunesië
Turkije Uganda Venezuela Vietnam Wales Zweden Zwitserland Eustatius Marrakech Casablanca Istanbul Ankara Rif Nador Tanger
Rabat Fez Agadir Izmir Antalya Paramaribo Nickerie Willemstad Oranjestad Kralendijk Damascus Aleppo Homs Asmara Mogadishu Kabul
Bagdad Teheran Warschau Krakau Gdansk Wroclaw Boekarest Kiev Kyiv Moskou Londen Parijs Berlijn Brussel Antwerpen Gent Keulen
Düsseldorf Madrid Barcelona Rome Lissabon Athene Accra Lagos Kaapstad Jakarta Bandung Surabaya Mumbai Delhi Peking Hongkong`;

const REGIONS = `Drenthe Flevoland Friesland Fryslân Gelderland Groningen Limburg Brabant Noord-Brabant Noord-Holland Zuid-Holland Overijssel
Utrecht Zeeland Holland Randstad Veluwe Achterhoek Twente Betuwe Westland Gooi Zaanstreek Kennemerland Peel Kempen Salland Waddeneilanden`;

const MUNICIPALITIES = `Amsterdam Rotterdam Den Haag Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn Arnhem Haarlem
Haarlemmermeer Amersfoort Zaanstad Enschede Zwolle Leiden Zoetermeer Leeuwarden Maastricht Dordrecht Ede Alphen Westland Alkmaar
Emmen Delft Venlo Deventer Sittard Geleen Helmond Oss Amstelveen Hilversum Sudwest-Fryslân Heerlen Hengelo Purmerend
Schiedam Lelystad Roosendaal Leidschendam Voorburg Gouda Vlaardingen Almelo Spijkenisse Hoorn Veenendaal Katwijk Zeist Nieuwegein
Roermond Assen Capelle Bergen Doetinchem Den Bosch Hertogenbosch Velsen Oosterhout Heerhugowaard Kampen Harderwijk Woerden
Soest Barneveld Hardenberg Smallingerland Drachten Schagen Heusden Middelburg Vlissingen Terneuzen Goes Zutphen Wageningen Tiel
Culemborg Weert Venray Kerkrade Meppel Hoogeveen Steenwijk Coevorden Stadskanaal Veendam Winschoten Delfzijl Sneek Heerenveen
Harlingen Franeker Dokkum Den Helder Texel Enkhuizen Edam Volendam Weesp Diemen Bussum Naarden Huizen Baarn Bunschoten
Houten IJsselstein Vianen Maarssen Driebergen Rhenen Ridderkerk Barendrecht Maassluis Hellevoetsluis Gorinchem Leerdam Zaltbommel
Waalwijk Tholen Bergen op Zoom Etten-Leur Dongen Boxtel Veghel Uden Cuijk Boxmeer Gennep Best Veldhoven Valkenswaard Geldrop
Nuenen Deurne Asten Someren Oisterwijk Goirle Dronten Urk Emmeloord Noordoostpolder Nunspeet Elburg Ermelo Putten Nijkerk
Wijchen Druten Beuningen Duiven Zevenaar Westervoort Rheden Renkum Oosterbeek Doesburg Winterswijk Aalten Lochem Borculo
Raalte Ommen Dalfsen Hattem Epe Heerde Oldenzaal Losser Haaksbergen Rijssen Holten Nijverdal Wierden Tubbergen Vaals Valkenburg
Sittard-Geleen Brunssum Landgraaf Stein Beek Echt Susteren Maasgouw Panningen Helden Horst Tegelen Reuver Zaandam Wormerveer
Krommenie Heemskerk Beverwijk Castricum Heiloo Uitgeest IJmuiden Zandvoort Heemstede Bloemendaal Hillegom Lisse Noordwijk Sassenheim
Oegstgeest Voorschoten Wassenaar Rijswijk Pijnacker Nootdorp Lansingerland Waddinxveen Boskoop Bodegraven Krimpen Alblasserdam Papendrecht
Sliedrecht Zwijndrecht Hendrik-Ido-Ambacht Oud-Beijerland Brielle Rozenburg Hoogvliet Ommoord Schoonhoven Oudewater Montfoort Lopik`;

const NATIONALITIES = `Nederlander Nederlanders Marokkaan Marokkanen Turk Turken Surinamer Surinamers Antilliaan Antillianen Pool Polen Syriër
Syriërs Eritreeër Eritreeërs Somaliër Somaliërs Afghaan Afghanen Irakees Irakezen Iraniër Iraniërs Belg Belgen Duitser Duitsers
Fransman Fransen Engelsman Engelsen Amerikaan Amerikanen Bulgaar Bulgaren Roemeen Roemenen Oekraïner Oekraïners Rus Russen Chinees
Chinezen Indiër Indiërs Ghanees Ghanezen Nigeriaan Nigerianen Kaapverdiaan Kaapverdianen Koerd Koerden Hindostaan Hindostanen
Moluk Molukkers Indo Indische Europeaan Europeanen Afrikaan Afrikanen Aziaat Aziaten Arabier Arabieren Berber Berbers Fries Friezen
Brabander Brabanders Limburger Limburgers Amsterdammer Amsterdammers Rotterdammer Rotterdammers Hagenaar Hagenaars Utrechter Utrechters`;

/** Place names, regions and nationalities, lower-cased. */
export function placeNames(): ReadonlySet<string> {
  const all = [COUNTRIES, REGIONS, MUNICIPALITIES, NATIONALITIES].join(' ').split(/\s+/);
  return new Set(all.filter((word) => word.length > 0).map((word) => word.toLowerCase()));
}
