/**
 * Names people type for a place that is not the name of its county, each on the county it lies in:
 * the five boroughs of New York City, Washington, D.C., and big cities. Geography (Census places and
 * counties), not events: nothing here says anything about a status. `county` is the county's name as
 * the Census writes it, with its state, so a test can hold the FIPS against the dataset.
 *
 * A name equal to its county's own ("Queens", "Baltimore", "Denver") adds no entry: it marks the
 * county as the one most people mean, ahead of namesakes elsewhere (Baltimore County, Queens elsewhere).
 */
export interface KnownPlace {
  name: string;
  kind: "city" | "borough";
  countyId: string;
  county: string;
}

type Row = [name: string, countyId: string, county: string];

const BOROUGHS: Row[] = [
  ["Manhattan", "36061", "New York County, NY"],
  ["Brooklyn", "36047", "Kings County, NY"],
  ["The Bronx", "36005", "Bronx County, NY"],
  ["Bronx", "36005", "Bronx County, NY"],
  ["Queens", "36081", "Queens County, NY"],
  ["Staten Island", "36085", "Richmond County, NY"],
];

const CITIES: Row[] = [
  ["Washington, D.C.", "11001", "District of Columbia, DC"],
  ["Baltimore", "24510", "Baltimore city, MD"],
  ["Miami", "12086", "Miami-Dade County, FL"],
  ["Chicago", "17031", "Cook County, IL"],
  ["Los Angeles", "06037", "Los Angeles County, CA"],
  ["San Francisco", "06075", "San Francisco County, CA"],
  ["San Diego", "06073", "San Diego County, CA"],
  ["San Jose", "06085", "Santa Clara County, CA"],
  ["Boston", "25025", "Suffolk County, MA"],
  ["Philadelphia", "42101", "Philadelphia County, PA"],
  ["Pittsburgh", "42003", "Allegheny County, PA"],
  ["New Orleans", "22071", "Orleans Parish, LA"],
  ["Nashville", "47037", "Davidson County, TN"],
  ["Memphis", "47157", "Shelby County, TN"],
  ["Louisville", "21111", "Jefferson County, KY"],
  ["Denver", "08031", "Denver County, CO"],
  ["Houston", "48201", "Harris County, TX"],
  ["Dallas", "48113", "Dallas County, TX"],
  ["San Antonio", "48029", "Bexar County, TX"],
  ["Austin", "48453", "Travis County, TX"],
  ["Fort Worth", "48439", "Tarrant County, TX"],
  ["Phoenix", "04013", "Maricopa County, AZ"],
  ["Tucson", "04019", "Pima County, AZ"],
  ["Las Vegas", "32003", "Clark County, NV"],
  ["Salt Lake City", "49035", "Salt Lake County, UT"],
  ["Albuquerque", "35001", "Bernalillo County, NM"],
  ["Oklahoma City", "40109", "Oklahoma County, OK"],
  ["Kansas City", "29095", "Jackson County, MO"],
  ["Omaha", "31055", "Douglas County, NE"],
  ["Minneapolis", "27053", "Hennepin County, MN"],
  ["St. Paul", "27123", "Ramsey County, MN"],
  ["Detroit", "26163", "Wayne County, MI"],
  ["Cleveland", "39035", "Cuyahoga County, OH"],
  ["Columbus", "39049", "Franklin County, OH"],
  ["Cincinnati", "39061", "Hamilton County, OH"],
  ["Indianapolis", "18097", "Marion County, IN"],
  ["Seattle", "53033", "King County, WA"],
  ["Portland", "41051", "Multnomah County, OR"],
  ["Atlanta", "13121", "Fulton County, GA"],
  ["Jacksonville", "12031", "Duval County, FL"],
  ["Tampa", "12057", "Hillsborough County, FL"],
  ["Orlando", "12095", "Orange County, FL"],
  ["Charlotte", "37119", "Mecklenburg County, NC"],
  ["Raleigh", "37183", "Wake County, NC"],
  ["Newark", "34013", "Essex County, NJ"],
  ["Jersey City", "34017", "Hudson County, NJ"],
  ["Buffalo", "36029", "Erie County, NY"],
];

export const KNOWN_PLACES: readonly KnownPlace[] = [
  ...BOROUGHS.map(([name, countyId, county]): KnownPlace => ({ name, kind: "borough", countyId, county })),
  ...CITIES.map(([name, countyId, county]): KnownPlace => ({ name, kind: "city", countyId, county })),
];
