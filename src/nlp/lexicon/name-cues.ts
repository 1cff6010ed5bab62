/**
 * Word lists the rule layer of names (src/extract/names.ts) reads: name particles, glue words inside institution
 * names, prepositions of place, place-type words, acts of a state, linking verbs, site heads and company words.
 * General English vocabulary written for newsgraph; no list comes from an eval article.
 */
import type { PlaceKind } from '../../schema/place.js';
import type { Token } from '../tokens.js';

/**
 * Generational suffixes after a person's name: "Jr.", "Sr.", "II", "III", "IV" and the older newspaper ordinals "2d",
 * "3d", "4th" (The New York Times wrote "James A. Baker 3d" into the 1990s). A pattern source without anchors, for the
 * name repairs and the short-form surname alike. Source: English naming usage; id `names.generational-suffixes`.
 */
export const GENERATIONAL_SUFFIXES = String.raw`(?:Jr\.?|Sr\.?|II|III|IV|2d|3d|2nd|3rd|4th)`;

/** Particles inside personal names ("Osama bin Laden", "Ursula von der Leyen", Filipino "Ronald dela Rosa"). */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'del', 'do', 'dos', 'das', 'y', 'bint', 'abu', 'arap', 'dela', 'delos', 'della']);

/**
 * Combining forms of nationality adjectives that open a hyphenated compound of peoples ("Franco-German",
 * "Sino-Russian", "Anglo-Dutch", "Russo-Ukrainian"): such a compound describes a relation or a mix, it names
 * nobody. Source: English combining forms of ethnonyms; id `names.combining-demonyms`.
 */
export const DEMONYM_COMBINING_FORMS = new Set([
  'anglo', 'franco', 'sino', 'russo', 'italo', 'austro', 'greco', 'afro', 'indo', 'euro', 'judeo', 'hispano',
  'luso', 'germano', 'turco', 'serbo', 'nippo', 'dano', 'hiberno', 'celto', 'polono', 'hungaro', 'perso', 'belgo',
  'scoto', 'helleno', 'swedo', 'norwego', 'lusitano', 'americo', 'israelo', 'arabo',
]);

/**
 * Adjectives of continents and world regions ("Asian markets", "the Scandinavian carrier", "European shares"): like a
 * country's demonym, such a word alone names nobody, though compromise tags it `Organization` when it misreads the
 * noun after it as a verb ("Asian markets fell"). Words that also name the region itself ("the Caribbean", "the
 * Mediterranean", "the Arctic", "the Baltic") are left out. Source: English adjectives of the continents and of the world
 * regions news names; id `names.regional-demonyms` (NOTES.md, issue 12, round 12).
 */
export const REGIONAL_DEMONYMS = new Set([
  'asian', 'european', 'african', 'scandinavian', 'nordic', 'balkan', 'arab', 'latin', 'oceanian', 'andean',
  'levantine', 'maghrebi', 'sahelian', 'transatlantic', 'eurasian', 'pan-african', 'pan-european', 'sub-saharan',
]);

/**
 * Demonyms of states that no longer exist, which the gazetteer of today's countries lacks, written before a noun in
 * wire copy of the 1980s and 1990s ("the last Soviet soldiers", "Yugoslav army units", "East German leaders"): a
 * nationality, no name. Source: the states dissolved since 1989 and their English adjectives; id
 * `names.historical-demonyms` (NOTES.md, issue 12, round 14).
 */
export const HISTORICAL_DEMONYMS: ReadonlySet<string> = new Set([
  'Soviet', 'Yugoslav', 'Czechoslovak', 'East German', 'West German', 'Rhodesian', 'Zairean', 'Zairian',
]);

/** Lower-case words inside institution names ("Ministry of Defence", "Procter & Gamble"). */
export const INSTITUTION_GLUE = new Set(['of', 'for', 'and', '&', 'the', 'on']);

/** Prepositions after which a name may be a place ("in Kyiv", "towards Gaza"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'around', 'outside', 'inside', 'from', 'to', 'into', 'toward', 'towards', 'across', 'throughout',
  'within', 'through', 'via', 'across', 'over', 'past', 'beyond', 'along', 'off',
]);

/**
 * Words of position inside a land that stand between a locative preposition and a place's name ("in northern
 * Turkey", "in central Nairobi", "across north-east Nigeria"): the name is still the place, not the state acting.
 * Source: English compass and position adjectives of wire reports, written for this library (round 14). Id:
 * `names/locative-position-words`.
 */
export const LOCATIVE_POSITION_WORDS = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|downtown|mid|southernmost|northernmost|easternmost|westernmost|rural|coastal|mainland|greater|inner|outer|upper|lower|far|restive|neighbouring|neighboring)$/;

/**
 * Small words an acronym skips ("National Rail Company of Freedonia" is "NRCF", "Forum for Democratic Change" is
 * "FDC"): one list for the entity stage's short forms and the name repairs' spelled bodies. Id `names/acronym-skips`.
 */
export const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'on', 'in']);

/**
 * Words that make a complex preposition with "to" that names a source, a cause or a respondent, not a place
 * ("according to the Geological Survey", "thanks to Bernstein", "in response to Moscow's note"). Source: English
 * grammar's complex prepositions; id `names/non-spatial-to`.
 */
export const NON_SPATIAL_BEFORE_TO: ReadonlySet<string> = new Set(['according', 'due', 'thanks', 'owing', 'contrary', 'compared', 'response', 'reply', 'addition', 'prior', 'regard', 'relation']);

/**
 * Nouns of a place a name in apposition to them names ("the capital, Brelov,", "the Libyan capital Tripoli", "the
 * Kenyan capital Nairobi"): one list for the three readers of such appositions (`placesInApposition` in
 * name-repairs.ts, `apposedToPlaceNoun` in names.ts). Source: wire usage; id `names/place-apposition-nouns`.
 */
export const PLACE_APPOSITION_NOUNS: readonly string[] = ['capital', 'city', 'town', 'village', 'port', 'province', 'region', 'district', 'island', 'county', 'enclave', 'territory', 'state'];

/** Place-type words around a name and the kind of place they make it ("Donetsk region", "the village of X"). */
export const PLACE_TYPE_WORDS: Readonly<Record<string, PlaceKind>> = {
  region: 'region', province: 'region', oblast: 'region', district: 'region', county: 'region', state: 'region',
  governorate: 'region', prefecture: 'region', territory: 'region', valley: 'area', village: 'settlement',
  town: 'settlement', city: 'city', square: 'site', street: 'site', roundabout: 'site', junction: 'site',
  airport: 'site', base: 'site', port: 'site', harbour: 'site', harbor: 'site', bridge: 'site', plant: 'site',
  river: 'area', sea: 'area', island: 'area', islands: 'area', mountains: 'area', peninsula: 'area', strait: 'area',
  gulf: 'area', desert: 'area', coast: 'area', border: 'area', market: 'site', palace: 'site', camp: 'site',
};

/** Prepositions of position: only after these is a name no list knows read as a place. */
export const STRONG_LOCATIVES = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'across', 'throughout', 'within', 'along', 'beyond']);

/** Nouns of what states do or have, after which a country name is the state: "U.S. proposals", "the US invasion". */
export const STATE_ACT_NOUNS = new Set([
  'proposal', 'proposals', 'plan', 'plans', 'invasion', 'offer', 'demand', 'demands', 'sanctions', 'strikes',
  'airstrikes', 'policy', 'policies', 'position', 'stance', 'decision', 'support', 'aid', 'pressure', 'veto',
  'intervention', 'occupation', 'withdrawal', 'recognition', 'response', 'threat', 'threats', 'warning',
  'claim', 'claims', 'statement', 'statements', 'denial', 'accusation', 'accusations', 'allegation', 'allegations',
]);

/** Verbs of being: "Singapore will remain the first stop" says nothing the state does. */
export const STATIVE_VERBS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'seem', 'seems', 'seemed', 'stay', 'stays', 'stayed', 'lie', 'lies', 'lay', 'sits', 'border', 'borders']);

/** Site heads that are also surnames ("Lena Park", "Tom Bridge"): after a first name they are a person. */
export const SURNAME_LIKE_SITE_HEADS = new Set(['park', 'bridge', 'street', 'hall', 'palace', 'port', 'tower', 'market', 'mine', 'camp', 'road', 'lake', 'bay', 'island', 'temple', 'river', 'border', 'building', 'station', 'mountain']);

/** Nouns of what a company has or is, after which an unknown name is a company ("the Velmora website"). */
export const COMPANY_PART_NOUNS = new Set([
  'parent', 'subsidiary', 'unit', 'website', 'site', 'shares', 'stock', 'employees', 'staff', 'workers', 'engineers',
  'board', 'executives', 'management', 'shareholders', 'headquarters', 'factory', 'plant', 'store', 'stores',
  'customers', 'products', 'division', 'brand', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive',
  'ceo', 'founder', 'co-founder', 'chairman', 'president', 'officials', 'deal', 'contract', 'order', 'orders',
]);

/** Lower-case nouns written before a company's name ("planemaker Corvane", "the retailer Dunmore"). */
export const COMPANY_NOUNS_BEFORE = new Set([
  'airline', 'carrier', 'company', 'firm', 'manufacturer', 'maker', 'planemaker', 'automaker', 'carmaker',
  'chipmaker', 'retailer', 'bank', 'lender', 'insurer', 'broadcaster', 'newspaper', 'publisher', 'conglomerate',
  'giant', 'subsidiary', 'rival', 'competitor', 'startup', 'start-up', 'supplier', 'contractor', 'operator',
]);

/**
 * Nouns that describe a business, written right before its name ("aircraft manufacturer Velmora", "the retailer
 * Dunmore"): the entity stage reads a name typed as a person as a company when the article writes it so.
 */
export const BUSINESS_NOUNS: readonly string[] = [
  'company', 'firm', 'maker', 'manufacturer', 'airframer', 'carrier', 'airline', 'retailer', 'bank', 'lender',
  'insurer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'conglomerate', 'broadcaster', 'publisher',
  'supplier', 'contractor', 'distributor', 'chain', 'newspaper', 'magazine', 'website', 'subsidiary', 'startup',
  'operator',
];

/**
 * Second parts of a hyphenated compound after a place's name that say where something is or comes from ("a
 * Britain-based group", "a London-born banker"): the place is the land, not a state acting. Source: English
 * compound adjectives of wire copy; round 18: "area" ("the Pittsburgh-area plant", "Boston-area hospitals": a place's
 * surroundings, the place alone is named). Id: `name-cues/locative-compounds`.
 */
export const LOCATIVE_COMPOUNDS: ReadonlySet<string> = new Set(['based', 'born', 'registered', 'headquartered', 'listed', 'bound', 'educated', 'raised', 'area']);

/**
 * Second parts of a hyphenated compound after a name that make it a modifier of someone acting ("the U.S.-backed
 * forces", "a Saudi-led coalition"); with LOCATIVE_COMPOUNDS, the participles a name never runs into. Id:
 * `name-cues/acting-compounds`.
 */
export const ACTING_COMPOUNDS: ReadonlySet<string> = new Set([
  'backed', 'led', 'funded', 'sponsored', 'brokered', 'owned', 'run', 'controlled', 'held', 'made', 'built', 'allied',
  'aligned', 'supported', 'installed', 'appointed', 'occupied', 'administered',
]);

/** Whether token `j` is the participle of an acting compound ("run" of "Houthi-run", "led" of "Saudi-led"). */
export function actingCompoundAt(tokens: readonly Token[], j: number): boolean {
  return j > 0 && ACTING_COMPOUNDS.has((tokens[j] as Token).lower) && (tokens[j - 1] as Token).post === '-';
}



/**
 * Korean family names as English-language news romanises them, written before a given name of two syllables
 * ("Park Tae Woo", "Lee Jae Min"). Source: the most frequent family names of the South Korean census (Statistics
 * Korea, 2015) in their common romanisations; id `names.korean-family-names`.
 */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'kim', 'lee', 'yi', 'rhee', 'park', 'pak', 'choi', 'choe', 'chung', 'jung', 'jeong', 'kang', 'cho', 'jo', 'yoon',
  'yun', 'jang', 'chang', 'lim', 'im', 'han', 'oh', 'seo', 'suh', 'shin', 'sin', 'kwon', 'hwang', 'ahn', 'an', 'song',
  'yoo', 'ryu', 'hong', 'jeon', 'chun', 'ko', 'koh', 'moon', 'mun', 'yang', 'son', 'bae', 'baek', 'paik', 'heo', 'huh',
  'nam', 'roh', 'noh', 'ha', 'kwak', 'sung', 'cha', 'joo', 'woo', 'min', 'ban', 'byun', 'yeo', 'chae', 'won', 'pyo',
]);

/**
 * One syllable of a romanised Korean given name ("Tae", "Woo", "Kyun", "Seok", "Young"): an optional initial
 * consonant, one to three vowel letters, an optional final consonant. Id `names.korean-syllable`.
 */
export const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]h?|kk|ss|jj)?[aeiouwy]{1,3}(?:ng|n|k|l|m|p)?$/i;

/**
 * US states as wire copy abbreviates them after a city ("Jericho, N.Y.", "Dearborn, Mich."), with the state's name.
 * Source: the Associated Press style for state names in datelines and text. "Miss." and "Ind." are left out: they
 * are also an honorific and "Independent".
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
  'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts',
  'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska',
  'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York',
  'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Vt.': 'Vermont',
  'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/**
 * Syllables of Burmese personal names as English-language news romanises them ("Aung San Suu Kyi", "Min Aung Hlaing",
 * "Thein Sein", "Htin Kyaw", "Win Myint", "Than Htay"): Burmese names have no family name, and a run of two or more
 * of these syllables is one person's whole name. Source: the syllables of the names of Myanmar's heads of state and
 * government, ministers, generals and party leaders of 1988-2021 as wire copy spells them; id
 * `names.burmese-name-syllables` (NOTES.md, issue 12, round 15).
 */
export const BURMESE_NAME_SYLLABLES: ReadonlySet<string> = new Set([
  'Aung', 'San', 'Suu', 'Kyi', 'Min', 'Hlaing', 'Thein', 'Sein', 'Htin', 'Kyaw', 'Win', 'Myint', 'Than', 'Htay', 'Shwe',
  'Mann', 'Soe', 'Zaw', 'Tun', 'Maung', 'Nyunt', 'Khin', 'Oo', 'Thant', 'Myo', 'Htut', 'Naing', 'Thura', 'Nyan',
  'Hla', 'Thaung', 'Lwin', 'Kyu', 'Phyu', 'Tin', 'Zin', 'Nyein', 'Thet', 'Swe', 'Moe', 'Wai',
  'Thaw', 'Htun', 'Ohn', 'Kyin', 'Khaing', 'Sandar', 'Nway', 'Zayar', 'Htoo', 'Lin', 'Paing',
]);

/**
 * What a party, movement or agency owns, written in lower case after its possessive acronym ("the ANC's
 * headquarters", "the PDP's candidate", "the NDC's leaders"), beside ROLE_NOUNS and COMPANY_PART_NOUNS. Source:
 * invented party, election and aid reports of round 23 (issue 12, helper names24); a term's acronym owns other
 * things ("the CPU's fan", "the NPV of"), never members, ranks or a manifesto.
 */
export const BODY_POSSESSION_NOUNS: ReadonlySet<string> = new Set([
  'manifesto', 'members', 'leaders', 'lawmakers', 'legislators', 'candidates', 'leadership', 'committee', 'council',
  'wing', 'ranks', 'supporters', 'mps', 'deputies', 'delegates', 'secretariat', 'caucus', 'faction', 'fighters',
  'troops', 'forces', 'peacekeepers', 'mission', 'staff', 'chief', 'chairmanship', 'presidency', 'flagbearer',
  'nominee', 'nominees', 'spokesmen', 'officials', 'convention', 'congress', 'primaries', 'primary', 'ticket',
  'stronghold', 'strongholds', 'base', 'platform', 'campaign', 'councillors', 'senators', 'governors', 'executive',
]);
