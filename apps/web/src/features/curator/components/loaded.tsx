import type { ReactNode } from "react";
import { useCuratorI18n } from "../use-curator-i18n.js";

interface LoadedProps<T> {
  query: { data: T | undefined; error: { message: string } | null };
  /** Said instead of `children` when the data is an empty list. */
  empty?: string;
  children: (data: T) => ReactNode;
}

/** A query's answer once loaded; until then "Loading…", on failure the reason, for an empty list `empty`. */
export function Loaded<T>({ query, empty, children }: LoadedProps<T>) {
  const { c, fill } = useCuratorI18n();
  if (query.error) return <p role="alert">{fill(c.loadFailed, { message: query.error.message })}</p>;
  if (query.data === undefined) return <p role="status">{c.loading}</p>;
  if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <p className="curator-empty">{empty}</p>;
  return <>{children(query.data)}</>;
}

interface CuratorSectionProps {
  id: string;
  title: string;
  intro?: ReactNode;
  /** A screen's own title (h2) or a part of a screen (h3). */
  level?: 2 | 3;
  testId?: string;
  className?: string;
  children: ReactNode;
}

/** A titled part of a curator screen, named by its heading. */
export function CuratorSection({ id, title, intro, level = 3, testId, className, children }: CuratorSectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={`curator-section${className ? ` ${className}` : ""}`} aria-labelledby={id} data-testid={testId}>
      <Heading id={id} className={level === 2 ? "curator-page__title" : "curator-section__title"}>
        {title}
      </Heading>
      {intro && <p className={level === 2 ? "curator-page__intro" : "curator-section__intro"}>{intro}</p>}
      {children}
    </section>
  );
}
