import { CATEGORIES, type Category } from "@scomm/core";
import { ViewField } from "../../../components/view-field.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

/** One status to narrow the rows to, or every status. */
export function CategoryFilter({ value, onChange }: { value: Category | null; onChange: (category: Category | null) => void }) {
  const { m } = useI18n();
  return (
    <ViewField label={m.table.category}>
      {(id) => (
        <select
          id={id}
          className="view-field__select"
          value={value ?? ""}
          onChange={(e) =>
            onChange((CATEGORIES as readonly string[]).includes(e.currentTarget.value) ? (e.currentTarget.value as Category) : null)
          }
        >
          <option value="">{m.table.allCategories}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {m.categories[c]}
            </option>
          ))}
        </select>
      )}
    </ViewField>
  );
}
