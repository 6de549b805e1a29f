import { EMBED_PAGES, SITE_PAGES } from "@scomm/core";
import { Router, type RequestHandler } from "express";
import type { AppDeps } from "../context.js";

const PAGES: ReadonlySet<string> = new Set<string>([...SITE_PAGES, ...EMBED_PAGES]);
/** The curators' screens (the web app's router says which exist); kept out of the sitemap and from crawlers. */
const CURATOR_PAGES = /^\/curator(\/[^/]+)*$/;

/** Whether `path` is a page the web app shows (a known page, or a jurisdiction that exists). */
export function isKnownPage(path: string, { model }: AppDeps): boolean {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (PAGES.has(trimmed) || CURATOR_PAGES.test(trimmed)) return true;
  const jurisdiction = /^\/j\/([^/]+)$/.exec(trimmed);
  if (!jurisdiction) return false;
  try {
    return model.byId.has(decodeURIComponent(jurisdiction[1]!));
  } catch {
    return false;
  }
}

/**
 * `/robots.txt` and `/sitemap.xml`, written from SITE_URL: crawlers may read every page and jurisdiction,
 * not the rendered images, the API or the embeds (copies of the pages). Written once per model.
 */
export function crawlerRoutes(deps: AppDeps): Router {
  const robots = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /export/",
    "Disallow: /trpc/",
    "Disallow: /embed/",
    "Disallow: /curator",
    `Sitemap: ${deps.siteUrl}/sitemap.xml`,
    "",
  ].join("\n");
  let sitemap: string | null = null;
  const text =
    (type: string, body: () => string): RequestHandler =>
    (_req, res) => {
      res.type(type).set("Cache-Control", "public, max-age=3600").send(body());
    };
  return Router()
    .get(
      "/robots.txt",
      text("text/plain; charset=utf-8", () => robots),
    )
    .get(
      "/sitemap.xml",
      text("application/xml; charset=utf-8", () => (sitemap ??= sitemapXml(deps))),
    );
}

function sitemapXml({ model, siteUrl }: AppDeps): string {
  const paths = [...SITE_PAGES, ...model.jurisdictions.filter((j) => j.level !== "nation").map((j) => `/j/${j.id}`)];
  const urls = paths.map((path) => `<url><loc>${siteUrl}${path}</loc></url>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`;
}
