/** What people type into the search box, grouped by the difficulty each group exercises. */

const FULL_NAMES = [
  "Cook County", "Harris County", "Los Angeles County", "Maricopa County", "San Diego County", "Orange County",
  "Miami-Dade County", "Kings County", "Dallas County", "King County", "Clark County", "Santa Clara County",
  "Wayne County", "Tarrant County", "Bexar County", "Alameda County", "Broward County", "Middlesex County",
  "Suffolk County", "Fairfax County", "Arlington County", "Montgomery County", "Jefferson Parish",
  "Anchorage Municipality", "Baltimore city", "Baltimore County", "St. Louis city", "Carson City",
  "Prince George's County", "Doña Ana County", "Juneau City and Borough", "Bethel Census Area",
];

const STATES = [
  "Texas", "California", "New York", "Illinois", "Massachusetts", "Virginia", "District of Columbia",
  "North Carolina", "West Virginia", "New Mexico", "TX", "ca", "NY", "il", "MA", "va", "dc", "new york state",
];

const WITH_STATES = [
  "arlington va", "arlington, va", "arlington virginia", "arlington tx", "cook il", "cook county, illinois",
  "orange ca", "orange county fl", "orange, ny", "montgomery md", "montgomery county pa", "washington county, or",
  "jefferson ky", "jefferson parish la", "clark nv", "clark county wa", "franklin oh", "king wa", "kings ny",
  "queens new york", "bronx ny", "richmond va", "richmond county ny", "santa clara, california",
  "san francisco ca", "fairfax va", "prince georges md", "harris tx", "dallas, texas", "travis county tx",
];

const TYPOS = [
  "arlingtn va", "arlingotn", "cok county", "haris county", "los angelos", "los angles county", "maricopa cnty",
  "santa clra", "alamdea", "miami dade", "miami-dade", "brooward", "fairfx", "montgommery", "philadelpia",
  "massachusets", "illnois", "californa", "virgina", "arlington virgina", "pennsilvania", "conneticut",
  "tarant county", "bexarr", "sacremento", "san bernadino", "albuquerqe", "milwaukie", "minneapollis", "hennipin",
];

const ACCENTS_AND_PUNCTUATION = [
  "dona ana", "doña ana", "Doña Ana County, NM", "prince georges", "prince george's", "st louis", "saint louis",
  "st. mary's", "ste genevieve", "o'brien", "la salle", "lasalle", "de kalb", "dekalb", "mc lean", "mclean",
  "fort bend", "ft bend", "mt vernon", "matanuska-susitna", "miami–dade", "  cook   county  ", "COOK", "Cook Co",
];

const ENDINGS = [
  "santa clara co", "cook cnty", "orleans parish", "orleans par", "anchorage muni", "juneau borough",
  "baltimore city", "baltimore county", "richmond city", "st louis city", "st louis county", "fairfax city",
  "roanoke city", "denali borough", "nome census area", "carson city", "new york county", "san juan municipio",
];

const CITIES_AND_AMBIGUOUS = [
  "chicago", "new york city", "nyc", "boston", "los angeles", "washington", "washington dc", "newark", "aurora",
  "boulder", "iowa city", "ithaca", "amherst", "cambridge", "northampton", "somerville", "springfield",
  "jefferson", "franklin", "washington county", "lincoln", "madison", "jackson", "union", "greene", "clay",
];

/** Known places (core's known-places.ts) and Spanish names and phrasing. */
const PLACES_AND_SPANISH = [
  "brooklyn", "manhattan", "the bronx", "staten island", "miami", "miami fl", "houston", "nashville", "d.c.",
  "condado de cook", "condado de cook, illinois", "parroquia de orleans", "nueva york", "condado de nueva york",
  "carolina del norte", "pensilvania", "virginia occidental", "distrito de columbia", "hawái", "condado de los angeles",
];

const CODES = ["51013", "17031", "36047", "06", "48", "4820", "510", "06085", "11001", "99999", "0"];

/** Every prefix a person types on the way to a name, as a type-ahead box sees them. */
function prefixes(name: string): string[] {
  return Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1));
}

const TYPE_AHEAD = [...prefixes("santa clara"), ...prefixes("arlington va"), ...prefixes("prince george")];

export const SEARCH_QUERIES: readonly string[] = [
  ...FULL_NAMES,
  ...STATES,
  ...WITH_STATES,
  ...TYPOS,
  ...ACCENTS_AND_PUNCTUATION,
  ...ENDINGS,
  ...CITIES_AND_AMBIGUOUS,
  ...PLACES_AND_SPANISH,
  ...CODES,
  ...TYPE_AHEAD,
];
