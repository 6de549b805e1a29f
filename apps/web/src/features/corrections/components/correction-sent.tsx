import { useEffect, useRef } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CopyField } from "../../export/components/copy-field.js";

/** Thanks, and the private link to follow the correction (the only place it is ever shown). */
export function CorrectionSent({ link, onClose }: { link: string; onClose: () => void }) {
  const { m, lang } = useI18n();
  const c = m.corrections;
  const heading = useRef<HTMLHeadingElement>(null);
  const url = `${window.location.origin}${link}${lang === "en" ? "" : `?lang=${lang}`}`;
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="correction-sent" data-testid="correction-sent">
      <h3 className="correction-sent__title" tabIndex={-1} ref={heading}>
        {c.sentTitle}
      </h3>
      <p>{c.sentBody}</p>
      <CopyField label={c.sentLink} value={url} testId="correction-link" />
      <p className="correction-form__actions">
        <a href={url} className="export-button suggest-button suggest-button--primary">
          {c.sentOpen}
        </a>
        <button type="button" className="export-button suggest-button" onClick={onClose}>
          {c.close}
        </button>
      </p>
    </div>
  );
}
