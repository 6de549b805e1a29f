/** A county as the jurisdictions list gives it. */
export interface CountyChoiceInput {
  id: string;
  name: string;
  stateName: string | null;
}

export interface StateChoice {
  id: string;
  name: string;
  counties: { id: string; name: string }[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en");

/** States (named as their counties name them) each with its counties, both in alphabetical order. */
export function stateChoices(counties: readonly CountyChoiceInput[]): StateChoice[] {
  const states = new Map<string, StateChoice>();
  for (const county of counties) {
    const id = county.id.slice(0, 2);
    let state = states.get(id);
    if (!state) states.set(id, (state = { id, name: county.stateName ?? id, counties: [] }));
    state.counties.push({ id: county.id, name: county.name });
  }
  const sorted = [...states.values()].sort(byName);
  for (const state of sorted) state.counties.sort(byName);
  return sorted;
}
