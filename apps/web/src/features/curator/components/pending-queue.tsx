import { CorrectionQueue } from "../correction-queue.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { ImportConflicts } from "./import-conflicts.js";
import { CuratorSection } from "./loaded.js";

/** The two queues that wait for a curator: a dataset import's conflicts and the readers' corrections. */
export function PendingQueue({ queue }: { queue: "imports" | "corrections" }) {
  const { c } = useCuratorI18n();
  if (queue === "corrections") return <CorrectionQueue />;
  return (
    <CuratorSection id="queue-imports" title={c.shell.tabs.imports} intro={c.pending.importsIntro} level={2} testId="queue-imports">
      <ImportConflicts />
    </CuratorSection>
  );
}
