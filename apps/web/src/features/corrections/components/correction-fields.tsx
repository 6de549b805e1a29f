import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { CorrectionField, CorrectionValues } from "../correction-form.js";
import { CorrectionInput } from "./correction-input.js";

interface CorrectionFieldsProps {
  values: CorrectionValues;
  set: (field: keyof CorrectionValues) => (value: string) => void;
  problemOf: (field: CorrectionField) => string | undefined;
}

/** What is wrong, the source, an optional contact, and the honeypot, each with its problem when it has one. */
export function CorrectionFields({ values, set, problemOf }: CorrectionFieldsProps) {
  const c = useI18n().m.corrections;
  return (
    <>
      <CorrectionInput
        name="whatIsWrong"
        label={c.whatIsWrong}
        hint={c.whatIsWrongHint}
        problem={problemOf("whatIsWrong")}
        multiline
        value={values.whatIsWrong}
        onChange={set("whatIsWrong")}
        autoFocus
      />
      <CorrectionInput
        name="sourceUrl"
        label={c.sourceUrl}
        hint={c.sourceUrlHint}
        problem={problemOf("sourceUrl")}
        type="url"
        value={values.sourceUrl}
        onChange={set("sourceUrl")}
      />
      <CorrectionInput
        name="contact"
        label={c.contact}
        hint={c.contactHint}
        problem={problemOf("contact")}
        value={values.contact}
        onChange={set("contact")}
        autoComplete="email"
      />
      {/* The honeypot: not displayed, so neither people nor assistive technology meet it; a bot filling every field does. */}
      <div className="correction-form__trap">
        <label>
          {c.honeypot}
          <input
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(event) => set("website")(event.target.value)}
          />
        </label>
      </div>
    </>
  );
}
