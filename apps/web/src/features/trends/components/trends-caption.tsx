import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { valueWords } from "../format-value.js";
import type { KeyMoments } from "../key-moments.js";
import type { EraBand, TrendUnit } from "../trends-series.js";

/** The key moments the chart shows, in plain sentences read from its own rows. */
export function TrendsCaption({ moments, band, unit }: { moments: KeyMoments; band: EraBand | null; unit: TrendUnit }) {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const month = (date: string) => i18n.date(date, "month");
  const words = (value: number) => valueWords(i18n, value, unit);
  const c = m.trends.caption;
  const sentences: string[] = [];
  if (moments.peakOptOut)
    sentences.push(fill(c.peakOptOut, { month: month(moments.peakOptOut.date), value: words(moments.peakOptOut.value) }));
  if (moments.peakOverObjection)
    sentences.push(
      fill(c.peakOverObjection, { month: month(moments.peakOverObjection.date), value: words(moments.peakOverObjection.value) }),
    );
  if (moments.allSwitchedOn) sentences.push(fill(c.allSwitchedOn, { month: month(moments.allSwitchedOn) }));
  if (band?.to) sentences.push(fill(c.pep, { from: i18n.date(band.from), to: i18n.date(band.to) }));
  if (moments.peakLimits)
    sentences.push(fill(c.peakLimits, { month: month(moments.peakLimits.date), value: words(moments.peakLimits.value) }));
  if (moments.firstMandates) sentences.push(fill(c.firstMandates, { month: month(moments.firstMandates) }));
  const latest = moments.latest;
  if (latest && latest.limits + latest.mandates > 0) {
    const template = latest.limits === 0 ? c.latestMandates : latest.mandates === 0 ? c.latestLimits : c.latest;
    sentences.push(fill(template, { month: month(latest.date), limits: words(latest.limits), mandates: words(latest.mandates) }));
  }
  return (
    <>
      <span className="visually-hidden">{m.trends.keyMoments}: </span>
      <ul className="trends-caption" data-testid="trends-caption">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <span className="trends-caption__source">{m.trends.source}</span>
    </>
  );
}
