import type { SourceFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field } from "./field.js";

const PARTS = ["title", "publisher", "date", "url"] as const;

interface SourceRowProps {
  source: SourceFields;
  /** The row's place in the list, from 0: the api names its errors by it (`sources.0.url`). */
  index: number;
  removable: boolean;
  onChange: (part: keyof SourceFields, value: string) => void;
  onRemove: () => void;
  errorsOf: (name: string) => string[] | undefined;
}

/** One source: title, publisher, date and http(s) address, and the button that removes it when it is not the only one. */
export function SourceRow({ source, index, removable, onChange, onRemove, errorsOf }: SourceRowProps) {
  const { c, fill } = useCuratorI18n();
  const label = { title: c.form.sourceTitle, publisher: c.form.publisher, date: c.form.sourceDate, url: c.form.url };
  return (
    <fieldset className="curator-source" data-testid={`source-${index}`}>
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
              onChange={(e) => onChange(part, e.currentTarget.value)}
            />
          )}
        </Field>
      ))}
      {removable && (
        <button type="button" className="view-button curator-button--quiet" onClick={onRemove}>
          {fill(c.form.removeSource, { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
