/**
 * Queries with the jurisdiction a reader means, taken from the search tests' expectations that hold on the
 * real list (not from what either engine answers): the yardstick for comparing search engines on quality.
 */
export const JUDGED_QUERIES: readonly [query: string, id: string][] = [
  ["Arlingotn", "51013"], ["arlingtn va", "51013"], ["arling", "51013"], ["Santa Clarra", "06085"], ["santa cl", "06085"],
  ["santa cl co", "06085"], ["cokk county", "17031"], ["el condado de cokk", "17031"], ["condado de cook", "17031"],
  ["Condado de Cook, Illinois", "17031"], ["tarant", "48439"], ["virgina", "51"], ["virginia", "51"], ["va", "51"],
  ["west virginia", "54"], ["washington state", "53"], ["Washington, D.C.", "11001"], ["washington dc", "11001"],
  ["Baltimore County", "24005"], ["baltimore city", "24510"], ["ciudad de baltimore", "24510"], ["condado de baltimore", "24005"],
  ["Dona Ana", "35013"], ["doña", "35013"], ["doña ana county, nm", "35013"], ["Juneau City and Borough", "02110"],
  ["juneau", "02110"], ["juneau borough", "02110"], ["anchorage", "02020"], ["municipio de anchorage", "02020"],
  ["fairbanks north star", "02090"], ["Yukon-Koyukuk Census Area", "02290"], ["yukon koyukuk", "02290"], ["koyukuk", "02290"],
  ["fort bend", "48157"], ["ft. bend county", "48157"], ["st louis city", "29510"], ["saint louis county", "29189"],
  ["orleans parish", "22071"], ["parroquia de orleans", "22071"], ["la parroquia de jefferson", "22051"],
  ["condado de jefferson, virginia occidental", "54037"], ["condado de nueva york", "36061"], ["richmond, nueva york", "36085"],
  ["miami fl", "12086"], ["miami, oh", "39109"], ["fairfax city", "51600"],
];
