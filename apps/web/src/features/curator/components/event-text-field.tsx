import type { EventFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field } from "./field.js";

type EventTextName = "actor" | "summary" | "actorEs" | "summaryEs";

export interface EventTextFieldProps {
  name: EventTextName;
  /** 1 for a one-line input; more for a wide text area of that many rows. */
  rows: number;
  hint?: string;
  fields: EventFields;
  set: (next: Partial<EventFields>) => void;
  errorsOf: (name: string) => string[] | undefined;
}

/** One of the event's words (who acted, the summary, or either in Spanish) as a line or a text area. */
export function EventTextField({ name, rows, hint, fields, set, errorsOf }: EventTextFieldProps) {
  const { c } = useCuratorI18n();
  return (
    <Field name={name} label={c.form[name]} hint={hint} errors={errorsOf(name)} wide={rows > 1}>
      {(props) =>
        rows > 1 ? (
          <textarea
            {...props}
            className="view-field__input curator-input"
            rows={rows}
            value={fields[name]}
            onChange={(e) => set({ [name]: e.currentTarget.value })}
          />
        ) : (
          <input
            {...props}
            className="view-field__input curator-input"
            value={fields[name]}
            onChange={(e) => set({ [name]: e.currentTarget.value })}
          />
        )
      }
    </Field>
  );
}
