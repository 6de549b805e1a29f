import { useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { ModalDialog } from "../../export/components/modal-dialog.js";
import type { CorrectionTarget } from "../correction-form.js";
import { CorrectionForm } from "./correction-form.js";
import { CorrectionSent } from "./correction-sent.js";
import "../../export/export.css";
import "../corrections.css";

/** "Suggest a correction": the form, then the reader's private link. */
export default function CorrectionDialog({ target, onClose }: { target: CorrectionTarget; onClose: () => void }) {
  const { m } = useI18n();
  const [link, setLink] = useState<string | null>(null);
  return (
    <ModalDialog title={m.corrections.dialogTitle} closeLabel={m.corrections.close} onClose={onClose} className="correction-dialog">
      {link ? <CorrectionSent link={link} onClose={onClose} /> : <CorrectionForm target={target} onSent={setLink} onCancel={onClose} />}
    </ModalDialog>
  );
}
