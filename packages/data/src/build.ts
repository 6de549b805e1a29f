import { todayIso, type Dataset, type IsoDate } from "@scomm/core";
import { readActivations } from "./activations.js";
import { countyFipsFromAtlas } from "./atlas.js";
import { checkEventSchema, checkUniqueIds } from "./event-checks.js";
import { EVENT_FILE_NAMES, SPANISH_FILE_NAME, type DatasetFiles } from "./files.js";
import { applySpanishText } from "./spanish-text.js";
import { buildJurisdictions } from "./jurisdictions.js";
import type { CheckContext, LocatedEvent } from "./located-event.js";
import { readPopulation } from "./population.js";
import { ProblemLog, type Problem } from "./problem.js";
import { readResearchedEvents } from "./researched-events.js";
import { activationEvents, fullStateActivationEvents } from "./roster-events.js";
import { readStateActivations } from "./state-activations.js";

export interface BuildOptions {
  /** The reader's calendar date; defaults to today where the process runs. */
  today?: IsoDate;
  /** County FIPS codes that exist; defaults to us-atlas 3.0.1's 3,142. */
  countyFips?: ReadonlySet<string>;
}

/** The dataset with, for each event, the file and row it came from, and everything wrong with the files. */
export interface DatasetBuild {
  dataset: Dataset;
  /** Events in the order of `dataset.events`, each with its origin. */
  located: LocatedEvent[];
  problems: Problem[];
}

/** Reads the files in memory into a Dataset, checking every rule on the way. Never throws on bad data. */
export function buildDataset(files: DatasetFiles, options: BuildOptions = {}): DatasetBuild {
  const ctx: CheckContext = {
    countyFips: options.countyFips ?? countyFipsFromAtlas(),
    today: options.today ?? todayIso(),
  };
  const log = new ProblemLog();
  const activations = readActivations(files["sc-activations.csv"], ctx, log);
  const states = readStateActivations(files["sc-state-activations.csv"], activations, ctx, log);
  const population = readPopulation(files["population.csv"], ctx, log);
  const countyNames = new Map([...population].map(([fips, row]) => [fips, row.name]));
  const located = [
    ...EVENT_FILE_NAMES.flatMap((name) => readResearchedEvents(name, files[name], ctx, log)),
    ...activationEvents(activations, countyNames),
    ...fullStateActivationEvents(states),
  ];
  applySpanishText(located, files[SPANISH_FILE_NAME], log);
  checkUniqueIds(located, log);
  checkEventSchema(located, log);
  const rosterNames = new Map(activations.map((a) => [a.fips, a.county]));
  const jurisdictions = buildJurisdictions(ctx.countyFips, population, rosterNames);
  return { dataset: { jurisdictions, events: located.map((l) => l.event) }, located, problems: log.problems };
}
