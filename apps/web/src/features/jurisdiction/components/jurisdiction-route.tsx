import { lazyPage } from "../../../components/lazy-page.js";

/** `/j/<fips>`, loaded on its first visit so that the map's bundle does not carry it. */
export const JurisdictionRoute = lazyPage(() => import("./jurisdiction-page.js").then((module) => module.JurisdictionPage));
