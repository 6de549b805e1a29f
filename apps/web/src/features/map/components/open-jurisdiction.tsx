import { useQuery } from "@tanstack/react-query";
import { memo, useId, useMemo, useState, type FormEvent } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../../lib/trpc.js";
import { choicesOf } from "../jurisdiction-choices.js";

/**
 * The keyboard's way onto the map: pick a state, then (optionally) one of its counties, and open it in
 * the side panel, as a click on the map would. Memoised: a slider step leaves it alone.
 */
export const OpenJurisdiction = memo(function OpenJurisdiction({ onOpen }: { onOpen: (id: string) => void }) {
  const { m, place, lang } = useI18n();
  const t = m.map.open;
  const trpc = useTRPC();
  const [stateId, setStateId] = useState("");
  const [countyId, setCountyId] = useState("");
  // The states (a small list the map asks for too); a state's counties once it is chosen.
  const stateList = useQuery(trpc.jurisdictions.list.queryOptions({ level: "state" }));
  const countyList = useQuery(trpc.jurisdictions.list.queryOptions({ level: "county", stateFips: stateId }, { enabled: stateId !== "" }));
  const states = useMemo(() => choicesOf(stateList.data ?? [], place, lang), [stateList.data, place, lang]);
  const counties = useMemo(() => (stateId ? choicesOf(countyList.data ?? [], place, lang) : []), [stateId, countyList.data, place, lang]);
  const ids = { title: useId(), state: useId(), county: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = countyId || stateId;
    if (id) onOpen(id);
  };

  return (
    <form className="open-jurisdiction" onSubmit={submit} aria-labelledby={ids.title} data-testid="open-jurisdiction">
      <h2 id={ids.title} className="open-jurisdiction__title">
        {t.title}
      </h2>
      <label htmlFor={ids.state}>{t.state}</label>
      <select
        id={ids.state}
        value={stateId}
        onChange={(e) => {
          setStateId(e.currentTarget.value);
          setCountyId("");
        }}
      >
        <option value="">{t.chooseState}</option>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.county}>{t.county}</label>
      <select id={ids.county} value={countyId} onChange={(e) => setCountyId(e.currentTarget.value)} disabled={!stateId}>
        <option value="">{t.wholeState}</option>
        {counties.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!stateId}>
        {t.submit}
      </button>
    </form>
  );
});
