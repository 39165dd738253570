/**
 * Place names that mark the region slot of an ask when they appear capitalised.
 * Provinces, regions and the larger municipalities of the Netherlands and Flanders (CBS / Statbel
 * municipality lists), plus countries and large cities often named in English pitches.
 * Unknown capitalised words after "in", "rond", "near" … also count; this list resolves the rest.
 */
export const placeNames: readonly string[] = [
  // Netherlands: provinces and regions
  'Groningen', 'Friesland', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht',
  'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Brabant', 'Limburg', 'Randstad', 'Twente',
  'Achterhoek', 'Veluwe', 'Betuwe', 'Westland', 'Gooi', 'Rivierenland', 'Kennemerland', 'Zaanstreek',
  'West-Friesland', 'Salland', 'Liemers', 'Peel', 'Kempen', 'Drechtsteden', 'Holland', 'Nederland',
  'Benelux', 'Noord-Nederland', 'Oost-Nederland', 'Zuid-Nederland', 'Midden-Nederland', 'Rijnmond',
  // Netherlands: cities
  'Amsterdam', 'Rotterdam', 'Den Haag', "'s-Gravenhage", 'Eindhoven', 'Tilburg', 'Almere', 'Breda',
  'Nijmegen', 'Apeldoorn', 'Arnhem', 'Haarlem', 'Haarlemmermeer', 'Amersfoort', 'Zaanstad', 'Enschede',
  "'s-Hertogenbosch", 'Den Bosch', 'Zwolle', 'Leiden', 'Zoetermeer', 'Leeuwarden', 'Maastricht',
  'Dordrecht', 'Ede', 'Alphen', 'Alkmaar', 'Emmen', 'Delft', 'Venlo', 'Deventer', 'Sittard', 'Helmond',
  'Oss', 'Amstelveen', 'Hilversum', 'Heerlen', 'Hengelo', 'Purmerend', 'Roosendaal', 'Schiedam',
  'Lelystad', 'Leidschendam', 'Gouda', 'Vlaardingen', 'Hoorn', 'Assen', 'Bergen op Zoom', 'Capelle',
  'Veenendaal', 'Katwijk', 'Zeist', 'Nieuwegein', 'Roermond', 'Den Helder', 'Doetinchem', 'Hoogeveen',
  'Terneuzen', 'Middelburg', 'Vlissingen', 'Kampen', 'Harderwijk', 'Woerden', 'Houten', 'Wageningen',
  'Tiel', 'Culemborg', 'Meppel', 'Sneek', 'Drachten', 'Heerenveen', 'Weert', 'Gorinchem', 'Barneveld',
  'Nunspeet', 'Zutphen', 'Winterswijk', 'Almelo', 'Oldenzaal', 'Uden', 'Veghel', 'Waalwijk', 'Schagen',
  'Beverwijk', 'Heemskerk', 'IJmuiden', 'Velsen', 'Bussum', 'Naarden', 'Huizen', 'Baarn', 'Soest',
  'Leusden', 'Maarssen', 'IJsselstein', 'Vianen', 'Rijswijk', 'Voorburg', 'Wassenaar', 'Noordwijk',
  'Texel', 'Ameland', 'Terschelling', 'Zandvoort', 'Scheveningen', 'Westzaan', 'Edam', 'Volendam',
  // Belgium / Flanders
  'België', 'Vlaanderen', 'Wallonië', 'Brussel', 'Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Mechelen',
  'Hasselt', 'Genk', 'Kortrijk', 'Oostende', 'Aalst', 'Sint-Niklaas', 'Roeselare', 'Turnhout', 'Lier',
  'Geel', 'Mol', 'Dendermonde', 'Vilvoorde', 'Beveren', 'Lokeren', 'Waregem', 'Ieper', 'Tienen',
  'Herentals', 'Ninove', 'Knokke', 'Halle', 'Zaventem', 'Oudenaarde', 'Tongeren', 'Sint-Truiden',
  'West-Vlaanderen', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'Waals-Brabant', 'Henegouwen', 'Luik', 'Namen',
  'Luxemburg', 'Waasland', 'Westhoek', 'Pajottenland', 'Meetjesland', 'Hageland',
  // Elsewhere (names as written in English and Dutch)
  'Duitsland', 'Frankrijk', 'Europa', 'Engeland', 'Germany', 'France', 'Europe', 'England', 'Scotland',
  'Wales', 'Ireland', 'Netherlands', 'Belgium', 'Flanders', 'Brussels', 'Antwerp', 'Ghent', 'Bruges',
  'The Hague', 'London', 'Manchester', 'Birmingham', 'Leeds', 'Liverpool', 'Bristol', 'Sheffield',
  'Newcastle', 'Nottingham', 'Leicester', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Dublin', 'Cork',
  'Oxford', 'Cambridge', 'Brighton', 'Yorkshire', 'Kent', 'Surrey', 'Essex', 'Devon', 'Cornwall',
  'Midlands', 'Lancashire', 'Cheshire', 'Sussex', 'Hampshire', 'New York', 'Brooklyn', 'Boston',
  'Chicago', 'Austin', 'Texas', 'California', 'Seattle', 'Portland', 'Denver', 'Atlanta', 'Miami',
  'Florida', 'Toronto', 'Vancouver', 'Sydney', 'Melbourne', 'Berlin', 'Paris', 'Madrid', 'Barcelona',
  'Lisbon', 'Copenhagen', 'Stockholm', 'Oslo', 'Vienna', 'Zurich', 'Munich', 'Hamburg', 'Cologne',
  'Düsseldorf', 'Frankfurt', 'Pune', 'Mumbai', 'Bangalore', 'Delhi', 'Singapore', 'Dubai', 'Ohio',
  'Oregon', 'Virginia', 'Georgia', 'Minnesota', 'Michigan', 'Colorado', 'Arizona', 'Bay Area',
  'Silicon Valley', 'Auckland', 'Wellington', 'Brisbane', 'Perth', 'Adelaide', 'Queensland', 'Victoria',
  'West Midlands', 'East Midlands', 'East Anglia', 'Home Counties', 'Gold Coast', 'Sunshine Coast',
  'New South Wales', 'Johannesburg', 'Cape Town', 'Durban', 'Pretoria', 'Gauteng', 'Lagos', 'Abuja', 'Nairobi',
  // Countries and continents, in English and Dutch
  'USA', 'US', 'United States', 'America', 'UK', 'United Kingdom', 'Britain', 'Great Britain', 'Canada',
  'Australia', 'New Zealand', 'South Africa', 'Nigeria', 'Kenya', 'India', 'China', 'Japan', 'Spain', 'Italy',
  'Portugal', 'Poland', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Switzerland', 'Austria', 'Scandinavia',
  'Luxembourg', 'Asia', 'Africa', 'North America', 'Latin America', 'Middle East', 'EMEA', 'DACH',
  'Verenigde Staten', 'Amerika', 'Australië', 'Spanje', 'Italië', 'Polen', 'Zweden', 'Noorwegen', 'Denemarken',
  'Zwitserland', 'Oostenrijk', 'Scandinavië', 'Schotland', 'Ierland', 'Turkije', 'Marokko', 'Suriname',
  'Curaçao', 'Aruba', 'Azië', 'Afrika', 'Noord-Amerika',
]

/** Capitalised words that follow "in" or "on" without being places. */
export const capitalisedNonPlaces: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'English', 'Dutch', 'Nederlands', 'Engels', 'Frans', 'Duits', 'Spaans', 'Spanish', 'German', 'French',
  'Excel', 'Word', 'LinkedIn', 'Instagram', 'Facebook', 'TikTok', 'Google', 'Teams', 'Zoom', 'Python',
  'Christmas', 'Kerst', 'Pasen', 'Easter', 'Q1', 'Q2', 'Q3', 'Q4', 'I', 'Ik', 'AI', 'IT', 'ICT', 'HR',
]
