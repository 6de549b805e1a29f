import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The dashboard's Content-Security-Policy. No inline or foreign script anywhere; styles may be inline because
 * React and recharts set `style` attributes and the exported SVG figures carry their own `<style>`; images
 * may be data: and blob: URLs (the export dialog's previews and PNGs); fonts data: (embedded in figures).
 */
const directives = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The site may be served over plain http on a newsroom's intranet; upgrading would break it there.
  upgradeInsecureRequests: null,
};

const common = { referrerPolicy: { policy: "strict-origin-when-cross-origin" as const } };

/** Pages and the API: framed by nobody (CSP frame-ancestors and X-Frame-Options agree). */
const page = helmet({ ...common, contentSecurityPolicy: { directives }, xFrameOptions: { action: "deny" } });
/**
 * `/embed/*`: any page may frame it, so no frame-ancestors at all (`*` would still refuse a parent with an
 * opaque origin: a sandboxed frame, a file:// page, about:blank) and no X-Frame-Options (it has no "anyone").
 */
const embed = helmet({
  ...common,
  contentSecurityPolicy: { directives: { ...directives, frameAncestors: null } },
  xFrameOptions: false,
});
/** Data files, images and feeds: other sites may hotlink them (`<img src>`), so no same-origin resource policy. */
const publicFile = helmet({
  ...common,
  contentSecurityPolicy: { directives },
  xFrameOptions: { action: "deny" },
  crossOriginResourcePolicy: { policy: "cross-origin" },
});

const EMBED = /^\/embed(\/|$|\?)/;
const PUBLIC_FILE = /^\/(data|export)\/|^\/feed\.atom|^\/j\/[^/]+\/feed\.atom/;

/**
 * Security headers on every answer, picked by path: helmet's defaults (nosniff, HSTS, COOP, CORP, ...) with
 * the CSP above. Plain node:http middleware, so the timeline route (answered ahead of Express) uses it too.
 */
export const securityHeaders: Middleware = (req, res, next) => {
  const url = req.url ?? "/";
  if (EMBED.test(url)) embed(req, res, next);
  else if (PUBLIC_FILE.test(url)) publicFile(req, res, next);
  else page(req, res, next);
};
