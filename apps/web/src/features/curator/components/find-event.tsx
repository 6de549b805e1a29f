import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { SearchBox } from "../../search/components/search-box.js";
import type { SearchOption } from "../../search/search-options.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { EventLabel } from "./event-label.js";
import { EventLinks } from "./curator-table.js";
import { CuratorSection } from "./loaded.js";

/** The published events bearing on a jurisdiction chosen with the site's own search, each to edit or trace. */
export function FindEvent() {
  const { c } = useCuratorI18n();
  const [chosen, setChosen] = useState<SearchOption | null>(null);
  return (
    <CuratorSection id="curator-find" title={c.work.find} intro={c.work.findIntro}>
      <SearchBox label={c.work.find} testId="curator-find-search" onChoose={setChosen} />
      {chosen && <EventsOn option={chosen} />}
    </CuratorSection>
  );
}

function EventsOn({ option }: { option: SearchOption }) {
  const i18n = useCuratorI18n();
  const { c, fill, place } = i18n;
  const trpc = useTRPC();
  const page = useQuery(trpc.jurisdictions.byId.queryOptions({ id: option.id }));
  const name = place(option.name);
  if (page.error) return <p role="alert">{fill(c.loadFailed, { message: page.error.message })}</p>;
  if (!page.data) return <p role="status">{c.loading}</p>;
  const events = page.data.events;
  return (
    <div className="curator-found" data-testid="curator-found">
      <h4 className="curator-found__title">{fill(c.work.eventsOn, { place: name })}</h4>
      {events.length === 0 ? (
        <p className="curator-empty">{fill(c.work.noEvents, { place: name })}</p>
      ) : (
        <ul className="curator-list">
          {events.map((event) => (
            <li key={event.id} data-event-id={event.id}>
              <EventLabel event={event} /> <EventLinks event={event} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
