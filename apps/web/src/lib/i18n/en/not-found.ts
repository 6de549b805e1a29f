/** The page shown for an unknown path or jurisdiction id. */
export const notFound = {
  documentTitle: "Not found — SComm Atlas",
  title: "Page not found",
  unknownId: "No state or county has the FIPS code “{id}”.",
  malformedId: "“{id}” is not a jurisdiction id.",
  unknownPath: "There is no page at {path}.",
  idHelp:
    "A state is a 2-digit FIPS code (36 for New York), a county a 5-digit one that starts with its state's (51013 for Arlington County, Virginia).",
  searchLabel: "Search again",
  closest: "Closest matches for “{query}”",
  none: "Nothing is close to “{query}”. Try a name: a county, a state or a city.",
  back: "Back to the map",
};

export type NotFoundMessages = typeof notFound;
