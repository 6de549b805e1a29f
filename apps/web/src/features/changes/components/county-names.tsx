import { createContext, useContext } from "react";

/** "Kings County, NY" for a FIPS, provided once by the page from `jurisdictions.list`. */
export const CountyNames = createContext<(id: string) => string>((id) => id);

export function useCountyNames(): (id: string) => string {
  return useContext(CountyNames);
}
