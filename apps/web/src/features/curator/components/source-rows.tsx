import { useRef } from "react";
import { emptySource, type SourceFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { SourceRow } from "./source-row.js";

interface SourceRowsProps {
  sources: SourceFields[];
  setSources: (sources: SourceFields[]) => void;
  errorsOf: (name: string) => string[] | undefined;
}

/** The event's sources, a row each (title, publisher, date, http(s) address); rows are added and removed. */
export function SourceRows({ sources, setSources, errorsOf }: SourceRowsProps) {
  const { c } = useCuratorI18n();
  const list = useRef<HTMLDivElement>(null);
  const change = (index: number, part: keyof SourceFields, value: string) =>
    setSources(sources.map((s, i) => (i === index ? { ...s, [part]: value } : s)));
  const add = () => {
    setSources([...sources, emptySource()]);
    // The new row's first field takes the focus once it is drawn.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>(".curator-source:last-of-type input")?.focus());
  };
  const remove = (index: number) => setSources(sources.filter((_, i) => i !== index));
  const overall = errorsOf("sources") ?? [];
  return (
    <fieldset className="curator-fieldset" data-testid="sources">
      <legend className="curator-fieldset__legend">{c.form.sources}</legend>
      <p className="curator-field__hint">{c.form.sourcesHint}</p>
      {overall.length > 0 && (
        <p className="curator-field__error" data-testid="error-sources">
          {overall.join("; ")}
        </p>
      )}
      <div ref={list}>
        {sources.map((source, index) => (
          <SourceRow
            // biome-ignore lint/suspicious/noArrayIndexKey: a source row is its place in the list (Source 1, Source 2), as the api names it.
            key={index}
            source={source}
            index={index}
            removable={sources.length > 1}
            onChange={(part, value) => change(index, part, value)}
            onRemove={() => remove(index)}
            errorsOf={errorsOf}
          />
        ))}
      </div>
      <button type="button" className="view-button" onClick={add}>
        {c.form.addSource}
      </button>
    </fieldset>
  );
}
