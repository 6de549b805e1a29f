import type { ReactNode } from "react";
import { InternalLink } from "../../../components/internal-link.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { eventLabel } from "./event-label.js";

/** A column heading; `hidden` ones are read out but not shown (a column of buttons). */
export type Column = string | { hidden: string };

interface CuratorTableProps {
  columns: Column[];
  /** Names the table and its scrolling frame: a heading's id, or else a label. */
  labelledBy?: string;
  label?: string;
  testId?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The curators' tables: one look; on a narrow screen the frame scrolls sideways (a named region that takes the
 * focus, so a keyboard can scroll it too); `children` are the body's rows.
 */
export function CuratorTable({ columns, labelledBy, label, testId, className, children }: CuratorTableProps) {
  return (
    <div className="curator-table-wrap" role="region" tabIndex={0} aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label}>
      <table
        className={`curator-table${className ? ` ${className}` : ""}`}
        data-testid={testId}
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : label}
      >
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
      <InternalLink
        route={{ page: "curator", screen: { name: "edit-event", id: event.id } }}
        aria-label={fill(c.work.editNamed, { event: label })}
      >
        {c.work.edit}
      </InternalLink>{" "}
      <InternalLink
        route={{ page: "curator", screen: { name: "history", id: event.id } }}
        aria-label={fill(c.work.historyNamed, { event: label })}
      >
        {c.work.history}
      </InternalLink>
    </>
  );
}
