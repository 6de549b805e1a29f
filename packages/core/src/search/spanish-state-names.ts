import { searchTokens } from "./normalize.js";

/**
 * The Spanish names of the states that differ from the English once accents are folded, as Spanish
 * style guides write them (Fundéu, the RAE's Diccionario panhispánico de dudas). Queries are read with
 * them in English, in both languages: no English name holds these words.
 */
const SPANISH_STATE_NAMES: readonly [spanish: string, english: string][] = [
  ["Nueva York", "New York"],
  ["Nueva Jersey", "New Jersey"],
  ["Nuevo México", "New Mexico"],
  ["Nuevo Hampshire", "New Hampshire"],
  ["Carolina del Norte", "North Carolina"],
  ["Carolina del Sur", "South Carolina"],
  ["Dakota del Norte", "North Dakota"],
  ["Dakota del Sur", "South Dakota"],
  ["Virginia Occidental", "West Virginia"],
  ["Pensilvania", "Pennsylvania"],
  ["Luisiana", "Louisiana"],
  ["Misisipi", "Mississippi"],
  ["Misuri", "Missouri"],
  ["Hawái", "Hawaii"],
  ["Tejas", "Texas"], // read in queries; written "Texas" (the RAE's preferred spelling)
  ["Distrito de Columbia", "District of Columbia"],
];

const PHRASES = SPANISH_STATE_NAMES.map(([spanish, english]) => ({ from: searchTokens(spanish), to: searchTokens(english) }));

/** The query's words with each Spanish state name in English: "condado de cook nueva york" -> "... new york". */
export function withEnglishStateNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = PHRASES.find(({ from }) => from.every((word, k) => tokens[i + k] === word));
    if (phrase) {
      out.push(...phrase.to);
      i += phrase.from.length;
    } else out.push(tokens[i++]!);
  }
  return out;
}

const WRITTEN = new Map(SPANISH_STATE_NAMES.filter(([spanish]) => spanish !== "Tejas").map(([spanish, english]) => [english, spanish]));

/** A state's name as a Spanish text writes it ("Nueva York"); the English name where Spanish keeps it ("Ohio"). */
export function spanishStateName(english: string): string {
  return WRITTEN.get(english) ?? english;
}
