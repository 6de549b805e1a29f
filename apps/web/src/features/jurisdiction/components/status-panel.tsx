import type { Category, IsoDate, StateDeployment } from "@scomm/core";
import type { ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";

interface StatusPanelProps {
  today: IsoDate;
  date: IsoDate;
  todayCategory: Category | null;
  dateCategory: Category | null;
  /** A state's "k of n counties activated" on the page's date. */
  deployment: StateDeployment | null;
  slider: ReactNode;
}

/** The category today and on the page's date, with the slider that moves that date. */
export function StatusPanel({ today, date, todayCategory, dateCategory, deployment, slider }: StatusPanelProps) {
  const { m, fill, date: formatDate, number } = useI18n();
  const j = m.jurisdiction;
  return (
    <section className="status-panel" aria-label={j.status}>
      <dl className="status-panel__cards">
        <StatusCard label={fill(j.atDate, { date: formatDate(date) })} category={dateCategory} testId="status-at-date" primary />
        <StatusCard label={fill(j.today, { date: formatDate(today) })} category={todayCategory} testId="status-today" />
      </dl>
      {deployment && (
        <p className="status-panel__deployment" data-testid="deployment">
          {deployment.full
            ? fill(j.deploymentFull, { total: number(deployment.total) })
            : fill(j.deployment, {
                activated: number(deployment.activated),
                total: number(deployment.total),
                share: number(deployment.populationShare, { style: "percent", maximumFractionDigits: 1 }),
              })}
        </p>
      )}
      <div className="status-panel__slider">
        {slider}
        <p className="status-panel__hint">{j.dateHint}</p>
      </div>
    </section>
  );
}

function StatusCard({
  label,
  category,
  testId,
  primary = false,
}: {
  label: string;
  category: Category | null;
  testId: string;
  primary?: boolean;
}) {
  const { m } = useI18n();
  return (
    <div className={`status-card${primary ? " status-card--primary" : ""}`} data-testid={testId} data-category={category ?? ""}>
      <dt className="status-card__label">{label}</dt>
      <dd className="status-card__value">
        {category ? (
          <>
            <Swatch {...CATEGORY_STYLES[category]} />
            {m.categories[category]}
          </>
        ) : (
          "…"
        )}
      </dd>
    </div>
  );
}
