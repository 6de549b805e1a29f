/** The About page: what the record is, where facts come from, the rules, the glossary, citing, errors, licence. */
export const about = {
  title: "About this record",
  documentTitle: "About the record — SComm Atlas",
  intro:
    "SComm Atlas follows the Secure Communities program county by county from 2008 to today: when ICE switched it on, " +
    "who objected, limited or was required to cooperate, and what the federal government answered. Every fact on the map " +
    "is a dated event with at least one source.",
  record: {
    title: "The record",
    through: "Events through {date}; last updated {updated}.",
    counts: "{researched} researched events and {roster} activation dates from the ICE roster.",
    loading: "Loading the record’s dates…",
  },
  sources: {
    title: "Where each kind of fact comes from",
    roster:
      "When each county was switched on: ICE’s activation roster, as compiled by Alsan & Yang (2018), updated by " +
      "Asad & Baer-Bositis (2025), in the replication data of Vargas-Núñez et al. (PNAS, 2026).",
    events:
      "Agreements, opt-out requests, suspensions, denials, local policies and state laws: news reports, government " +
      "releases, court records and legislature pages, each cited on its event with a link. Summaries are written in our own words.",
    population: "Population: the 2010 Census, for the population-weighted views.",
    download:
      "Everything on the map can be downloaded as CSV, with every source: see “Export and share” on the map, trends and jurisdiction pages.",
  },
  rules: {
    title: "How a place gets its colour",
    intro:
      "For each county on each date we read two layers: its state’s latest position and its own (a city’s acts count on " +
      "its county, each city as an actor of its own). The strongest position wins, in this order: objects, then required " +
      "to cooperate by a state law, then limits cooperation, then agrees. The colour is the first rule that matches:",
    partly:
      "On the state map, a state counts as switched on from its first county; while only some are, its other counties are drawn pale.",
  },
  glossary: {
    title: "Words used here",
    terms: {
      secure_communities: {
        term: "Secure Communities",
        text: "An ICE program that sent the fingerprints of everyone booked into a local jail, checked by the FBI, on to DHS to be checked against immigration records, so ICE could ask the jail to hold or hand over a person.",
      },
      moa: {
        term: "MOA (memorandum of agreement)",
        text: "The agreement a state’s identification bureau signed with ICE to take part. In August 2011 DHS declared these agreements unnecessary and void: the program went on without them.",
      },
      detainer: {
        term: "Detainer",
        text: "A request from ICE that a jail keep a person for up to 48 hours beyond their release, or tell ICE before releasing them. Many counties stopped honoring detainers that were not backed by a judge’s order.",
      },
      pep: {
        term: "PEP (Priority Enforcement Program)",
        text: "The program that replaced Secure Communities from November 20, 2014, until Secure Communities was restored on January 25, 2017. Fingerprints kept flowing; ICE narrowed whom it asked for.",
      },
      g287: {
        term: "287(g)",
        text: "A different program, named after a section of the Immigration and Nationality Act, that lets ICE deputize local officers to do some immigration work. It appears here when a county ended such an agreement.",
      },
      confidence: {
        term: "Confidence",
        text: "How sure the researchers are of an event’s date and facts, recorded with each event: high, medium (for example a date known only from a list’s as-of month, or a law’s signing date where the day it took effect was not found) or low (a lead the sources do not settle).",
      },
    },
  },
  cite: {
    title: "How to cite",
    text: "SComm Atlas ({year}). Secure Communities activations and local stances, county by county, 2008 to today. {url} (accessed {date}).",
    note: "Please cite the sources of the facts you use too; each event names its own.",
  },
  errors: {
    title: "Report an error",
    text:
      "Every event on a jurisdiction’s page shows its sources. If a fact is wrong or missing, tell the maintainers of " +
      "this site what is wrong, which jurisdiction and date it concerns, and a source that shows it. No fact is added without a source.",
  },
  licence: {
    title: "Licence",
    text:
      "The summaries and the compiled record may be reused with the citation above. The sources they cite stay under their " +
      "publishers’ terms and are linked, not copied. Census population data are public domain; the county shapes come from us-atlas (ISC licence).",
  },
  /** A quiet way in for the curators; the public pages do not link it elsewhere. */
  curators: "Curators who keep this record sign in here.",
};
