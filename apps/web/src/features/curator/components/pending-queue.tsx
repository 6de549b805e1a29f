import { useQueue, type QueueName } from "../queues.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { ImportConflicts } from "./import-conflicts.js";
import { CuratorSection } from "./loaded.js";

/** The slot for a queue another part of the api brings (import conflicts, readers' corrections). */
export function PendingQueue({ queue }: { queue: QueueName }) {
  const { c, number } = useCuratorI18n();
  const probe = useQueue(queue);
  const title = queue === "imports" ? c.shell.tabs.imports : c.shell.tabs.corrections;
  return (
    <CuratorSection
      id={`queue-${queue}`}
      title={title}
      intro={queue === "imports" ? c.pending.importsIntro : c.pending.correctionsIntro}
      level={2}
      testId={`queue-${queue}`}
    >
      {!probe.data ? (
        <p role="status">{c.loading}</p>
      ) : !probe.data.available ? (
        <p className="curator-empty">{c.pending.unavailable}</p>
      ) : queue === "imports" ? (
        <ImportConflicts />
      ) : probe.data.waiting === 0 ? (
        <p className="curator-empty">{c.pending.empty}</p>
      ) : (
        probe.data.waiting !== null && <p className="curator-count">{number(probe.data.waiting)}</p>
      )}
    </CuratorSection>
  );
}
