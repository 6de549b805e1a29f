import { CORRECTION_LIMITS, isHttpUrl, type DatePrecision } from "@scomm/core";

/** What a correction is about: a jurisdiction's page, or one event on it. */
export interface CorrectionTarget {
  jurisdictionId: string;
  /** The place as the page names it, for the dialog's words. */
  placeName: string;
  event?: { id: string; date: string; datePrecision: DatePrecision; what: string };
}

/** What the reader typed; `website` is the honeypot (hidden from people and assistive technology). */
export interface CorrectionValues {
  whatIsWrong: string;
  sourceUrl: string;
  contact: string;
  website: string;
}

export const CORRECTION_FIELDS = ["whatIsWrong", "sourceUrl", "contact"] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export const EMPTY_VALUES: CorrectionValues = { whatIsWrong: "", sourceUrl: "", contact: "", website: "" };

/** The fields the api would refuse, checked by the same rules (core's), so the form names them at once. */
export function correctionProblems(values: CorrectionValues): CorrectionField[] {
  const problems: CorrectionField[] = [];
  const what = values.whatIsWrong.trim();
  if (what === "" || what.length > CORRECTION_LIMITS.whatIsWrong) problems.push("whatIsWrong");
  const url = values.sourceUrl.trim();
  if (url.length > CORRECTION_LIMITS.sourceUrl || !isHttpUrl(url)) problems.push("sourceUrl");
  if (values.contact.trim().length > CORRECTION_LIMITS.contact) problems.push("contact");
  return problems;
}

/** The fields an api error names (`error.data.issues`), among the form's; [] for any other error. */
export function fieldsOfError(error: unknown): CorrectionField[] {
  const issues = (error as { data?: { issues?: { field: string }[] } } | null)?.data?.issues ?? [];
  return CORRECTION_FIELDS.filter((field) => issues.some((issue) => issue.field === field));
}

/** What `corrections.submit` takes. */
export function submitInput(target: CorrectionTarget, values: CorrectionValues) {
  return {
    jurisdictionId: target.jurisdictionId,
    ...(target.event ? { eventId: target.event.id } : {}),
    whatIsWrong: values.whatIsWrong.trim(),
    sourceUrl: values.sourceUrl.trim(),
    ...(values.contact.trim() ? { contact: values.contact.trim() } : {}),
    ...(values.website ? { website: values.website } : {}),
  };
}
