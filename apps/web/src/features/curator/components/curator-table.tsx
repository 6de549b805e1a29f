import type { ReactNode } from "react";
import { InternalLink } from "../../../components/internal-link.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { eventLabel } from "./event-label.js";

/** A column heading; `hidden` ones are read out but not shown (a column of buttons). */
export type Column = string | { hidden: string };

/** The curators' tables: one look, scrolling sideways on a narrow screen; `children` are the body's rows. */
export function CuratorTable({ columns, testId, className, labelledBy, children }: { columns: Column[]; testId?: string; className?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div className="curator-table-wrap">
      <table className={`curator-table${className ? ` ${className}` : ""}`} data-testid={testId} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={typeof column === "string" ? column : column.hidden} scope="col">
                {typeof column === "string" ? column : <span className="visually-hidden">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** An event's Edit and History links, each named with the event for a screen reader. */
export function EventLinks({ event }: { event: Parameters<typeof eventLabel>[0] & { id: string } }) {
  const i18n = useCuratorI18n();
  const { c, fill } = i18n;
  const label = eventLabel(event, i18n);
  return (
    <>
      <InternalLink route={{ page: "curator", screen: { name: "edit-event", id: event.id } }} aria-label={fill(c.work.editNamed, { event: label })}>
        {c.work.edit}
      </InternalLink>{" "}
      <InternalLink route={{ page: "curator", screen: { name: "history", id: event.id } }} aria-label={fill(c.work.historyNamed, { event: label })}>
        {c.work.history}
      </InternalLink>
    </>
  );
}
