import type { Category, IsoDate } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, type MouseEvent } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useLocationState } from "../../../lib/location.js";
import { routePath, type Route } from "../../../lib/router.js";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc.js";
import { viewStateSearch } from "../../../lib/view-state.js";
import { panelContent, type PanelContent, type PanelJurisdiction } from "../panel-series.js";
import { Swatch } from "./swatch.js";
import { useSettled } from "../../../lib/use-settled.js";

type ById = RouterOutputs["jurisdictions"]["byId"];

/** While the slider moves, ask the api for the explanation only once the date rests this long. */
const EXPLAIN_SETTLE_MS = 300;

interface JurisdictionPanelProps {
  id: string;
  /** Its category on the map's date (core's statuses, the same as the map shows). */
  category: Category;
  date: IsoDate;
  /** Move focus into the panel when it opens (it was opened from the keyboard). */
  focusOnOpen: boolean;
  onClose: () => void;
}

function toPanel(data: ById): PanelJurisdiction {
  return {
    name: data.jurisdiction.name,
    stateName: data.jurisdiction.stateName,
    activationDate: data.activationDate,
    explanation: data.explanation,
  };
}

/**
 * What the panel knows of the jurisdiction: the api's answer for the date once it rests (the previous date's
 * kept on screen while the next loads, never another jurisdiction's), else its name from the list already
 * loaded for the map and the picker.
 */
function usePanelJurisdiction(id: string, date: IsoDate): { known: PanelJurisdiction | null; pending: boolean } {
  const trpc = useTRPC();
  const explainedDate = useSettled(date, EXPLAIN_SETTLE_MS);
  const query = useQuery({
    ...trpc.jurisdictions.byId.queryOptions({ id, date: explainedDate }),
    placeholderData: (previous) => (previous?.jurisdiction.id === id ? previous : undefined),
  });
  const listed = useQuery(trpc.jurisdictions.list.queryOptions({ level: id.length === 2 ? "state" : "county" }));
  const fallback = listed.data?.find((j) => j.id === id);
  const known = query.data ? toPanel(query.data) : fallback ? { ...fallback, explanation: null } : null;
  return { known, pending: query.isPending };
}

/** Why it has its colour: the chain of events that set it (federal, state, county, activation); busy while a newer date's answer loads. */
function WhyChain({ chain, pending, stale }: { chain: PanelContent["chain"]; pending: boolean; stale: boolean }) {
  const t = useI18n().m.map.panel;
  if (pending) return <p className="jurisdiction-panel__line">{t.loading}</p>;
  if (chain.length === 0) return <p className="jurisdiction-panel__line">{t.noChain}</p>;
  return (
    <ol className="jurisdiction-panel__chain" aria-busy={stale}>
      {chain.map((link) => (
        <li key={`${link.role}-${link.eventId}`}>
          <span className="jurisdiction-panel__role">
            {link.role} · {link.date}
          </span>
          <span className="jurisdiction-panel__summary" lang={link.lang}>
            {link.summary}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The pinned county or state: its category on the date, why, when it was switched on, and its page. */
export function JurisdictionPanel({ id, category, date, focusOnOpen, onClose }: JurisdictionPanelProps) {
  const i18n = useI18n();
  const { view, navigate } = useLocationState();
  const { known, pending } = usePanelJurisdiction(id, date);
  const content = panelContent(id, category, date, known, i18n);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each jurisdiction opened (`id`), though the effect does not read it.
  useEffect(() => {
    // Opened from the keyboard, or chosen in the search box (which kept the focus for it): read on from here.
    const fromSearch = document.activeElement?.getAttribute("role") === "combobox";
    if (focusOnOpen || fromSearch) heading.current?.focus();
  }, [id, focusOnOpen]);

  const t = i18n.m.map.panel;
  const page: Route = { page: "jurisdiction", id };
  const openPage = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(page);
  };
  const stale = content.chainDate !== null && content.chainDate !== date;

  return (
    <section className="jurisdiction-panel" data-testid="jurisdiction-panel" aria-labelledby="jurisdiction-panel-title">
      <div className="jurisdiction-panel__head">
        <h2 id="jurisdiction-panel-title" className="jurisdiction-panel__title" ref={heading} tabIndex={-1}>
          {content.title}
          {content.subtitle && <span className="jurisdiction-panel__subtitle">{content.subtitle}</span>}
        </h2>
        <button type="button" className="jurisdiction-panel__close" onClick={onClose} aria-label={t.close} title={t.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="jurisdiction-panel__category" data-testid="panel-category" data-category={content.category}>
        <Swatch fill={content.fill} hatch={content.hatch} />
        <span>
          <strong>{content.categoryLabel}</strong> <span className="jurisdiction-panel__date">{content.onDate}</span>
        </span>
      </p>
      <p className="jurisdiction-panel__line">{content.activation}</p>
      {content.deployment && <p className="jurisdiction-panel__line">{content.deployment}</p>}
      <h3 className="jurisdiction-panel__why">{t.why}</h3>
      <WhyChain chain={content.chain} pending={pending} stale={stale} />
      <p className="jurisdiction-panel__more">
        <a href={routePath(page) + viewStateSearch(view)} onClick={openPage}>
          {i18n.fill(t.openPage, { name: content.title })}
        </a>
      </p>
    </section>
  );
}
