/** Tiny string builders for SVG: every attribute value and text node is escaped here and nowhere else. */

export type Attrs = Record<string, string | number | null | undefined>;

// XML 1.0 forbids most C0 controls even escaped; lone surrogates cannot be encoded in UTF-8.
const INVALID_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A number as short as SVG allows, to two decimals. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function attrText(attrs: Attrs): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** `<name attrs>children</name>`, or self-closed without children. Children are already-built markup. */
export function el(name: string, attrs: Attrs = {}, children?: string | readonly string[]): string {
  const inner = Array.isArray(children) ? children.join("") : (children ?? "");
  return inner === "" ? `<${name}${attrText(attrs)}/>` : `<${name}${attrText(attrs)}>${inner}</${name}>`;
}

/** A text element holding plain (escaped) text. */
export function textEl(attrs: Attrs, text: string): string {
  return `<text${attrText(attrs)}>${escapeXml(text)}</text>`;
}
