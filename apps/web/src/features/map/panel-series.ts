import { eventText } from "../../lib/event-text.js";
import type { Category, ChainLink, IsoDate, StateDeployment, Lang } from "@scomm/core";
import type { I18n } from "../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "./category-colours.js";
import type { JurisdictionLook } from "./jurisdiction-look.js";

/** What the api says about the pinned jurisdiction (`jurisdictions.byId`), as far as the panel uses it. */
export interface PanelJurisdiction {
  name: string;
  stateName: string | null;
  activationDate: IsoDate | null;
  explanation: { date: IsoDate; chain: readonly ChainLink[]; deployment: StateDeployment | null } | null;
}

export interface PanelLink {
  role: string;
  date: string;
  /** The event's summary in the reader's language where the record has it, and that language. */
  summary: string;
  lang: Lang;
  eventId: string;
}

export interface PanelContent extends JurisdictionLook {
  onDate: string;
  activation: string;
  deployment: string | null;
  /** "Why this colour": the explanation chain, federal -> state -> county -> activation. */
  chain: PanelLink[];
  /** The date the chain was explained for (it lags the slider while it moves). */
  chainDate: IsoDate | null;
}

/** The side panel's text: the category at the map's date (from the timeline) and, once loaded, why. */
export function panelContent(
  id: string,
  category: Category,
  date: IsoDate,
  jurisdiction: PanelJurisdiction | null,
  { m, date: formatDate, number, fill, lang, place }: I18n,
): PanelContent {
  const isState = id.length === 2;
  const t = m.map.panel;
  const activationDate = jurisdiction?.activationDate;
  const deployment = jurisdiction?.explanation?.deployment;
  return {
    title: jurisdiction ? place(jurisdiction.name) : fill(m.map.tooltip.fips, { id }),
    subtitle: isState || !jurisdiction?.stateName ? null : place(jurisdiction.stateName),
    category,
    categoryLabel: m.categories[category],
    ...CATEGORY_STYLES[category],
    onDate: fill(t.onDate, { date: formatDate(date) }),
    activation: activationDate
      ? fill(isState ? m.map.tooltip.firstActivated : m.map.tooltip.activated, { date: formatDate(activationDate) })
      : m.map.tooltip.noActivation,
    deployment: deployment
      ? fill(t.deployment, {
          activated: number(deployment.activated),
          total: number(deployment.total),
          share: number(deployment.populationShare, { style: "percent", maximumFractionDigits: 0 }),
        })
      : null,
    chain: (jurisdiction?.explanation?.chain ?? []).map(({ role, event }) => ({
      role: t.roles[role],
      date: formatDate(event.date, event.datePrecision),
      ...textOf(eventText(event, lang)),
      eventId: event.id,
    })),
    chainDate: jurisdiction?.explanation?.date ?? null,
  };
}

function textOf({ summary, lang }: { summary: string; lang: Lang }): { summary: string; lang: Lang } {
  return { summary, lang };
}
