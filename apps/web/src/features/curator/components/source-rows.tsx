import { useRef } from "react";
import { emptySource, type SourceFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field } from "./field.js";

interface SourceRowsProps {
  sources: SourceFields[];
  setSources: (sources: SourceFields[]) => void;
  errorsOf: (name: string) => string[] | undefined;
}

const PARTS = ["title", "publisher", "date", "url"] as const;

/** The event's sources, a row each (title, publisher, date, http(s) address); rows are added and removed. */
export function SourceRows({ sources, setSources, errorsOf }: SourceRowsProps) {
  const { c, fill } = useCuratorI18n();
  const list = useRef<HTMLDivElement>(null);
  const label = { title: c.form.sourceTitle, publisher: c.form.publisher, date: c.form.sourceDate, url: c.form.url };
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
          // biome-ignore lint/suspicious/noArrayIndexKey: a source row is its place in the list (Source 1, Source 2), as the api names it.
          <fieldset key={index} className="curator-source" data-testid={`source-${index}`}>
            <legend className="curator-source__legend">{fill(c.form.sourceN, { n: index + 1 })}</legend>
            {PARTS.map((part) => (
              <Field
                key={part}
                name={`sources.${index}.${part}`}
                label={label[part]}
                errors={errorsOf(`sources.${index}.${part}`)}
                wide={part === "title" || part === "url"}
              >
                {(props) => (
                  <input
                    {...props}
                    className="view-field__input curator-input"
                    type={part === "url" ? "url" : "text"}
                    inputMode={part === "url" ? "url" : undefined}
                    value={source[part]}
                    onChange={(e) => change(index, part, e.currentTarget.value)}
                  />
                )}
              </Field>
            ))}
            {sources.length > 1 && (
              <button type="button" className="view-button curator-button--quiet" onClick={() => remove(index)}>
                {fill(c.form.removeSource, { n: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
      </div>
      <button type="button" className="view-button" onClick={add}>
        {c.form.addSource}
      </button>
    </fieldset>
  );
}
