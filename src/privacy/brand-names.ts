/**
 * Brands, shops and organisations that OpenTaal's dictionary files as proper names like people's
 * (`Opel/PN`), and others that come up in interviews about daily life: a capitalised word on this list
 * is not a person's name on its own. Written for this project from general knowledge; extend freely.
 */
const BRANDS = `Opel Volvo Toyota Ford Audi Peugeot Renault Fiat Mercedes Kia Skoda Seat Nissan Mazda Honda Hyundai Suzuki Tesla
Citroën Volkswagen Porsche Dacia Lidl Aldi Jumbo Plus Coop Spar Vomar Kruidvat Etos Trekpleister Action Blokker Xenos Gamma
Praxis Karwei Ikea Primark Zara Hema Bol Coolblue Marktplaats Zalando Thuisbezorgd Samsung Apple Nokia Philips Heineken Google
Facebook Instagram WhatsApp TikTok Snapchat Netflix Spotify YouTube Uber Randstad Menzis Achmea Rabobank Eneco Essent Vattenfall
Ziggo Odido Vodafone Arriva Connexxion Qbuzz Keolis Efteling Ahoy Postnl Sinterklaas Kerstman Pasen Pinksteren
Ramadan Suikerfeest Offerfeest Divali Keti Koti Koningsdag Bevrijdingsdag Allah God Jezus Humanitas Buurtzorg Lentis
Parnassia Dimence Arkin Altrecht Emergis Yulius Antes Mentrum Accare Karakter Pluryn Cordaan Amsta Zozijn Ipse Middin Kwintes Lister
Moviera Fier Sensoor Kwadraad Juzt Zorgbelang Stimenz Sociom Incluzio Vivent Careyn Evean Zonnehuis Hvo
 Exodus Iriszorg Tactus Jellinek Brijder Novadic Mondriaan Reinaerde Abrona Philadelphia Esdégé Sherpa Prisma
Vitras Avoord Thebe Tzorg Sevagram Envida Rijnstate Isala Erasmus Radboud Gelre Tergooi
Meander Amphia Zuyderland Smellinghe Ommelander Treant Saxenburgh`;

/** Brand and organisation names, lower-cased. */
export function brandNames(): ReadonlySet<string> {
  return new Set(
    BRANDS.split(/\s+/)
      .filter((word) => word.length > 0)
      .map((word) => word.toLowerCase()),
  );
}
