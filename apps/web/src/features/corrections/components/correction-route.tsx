import { lazyPage } from "../../../components/lazy-page.js";

/** `/corrections/<token>`, loaded on its first visit so that the map's bundle does not carry it. */
export const CorrectionRoute = lazyPage(() => import("./correction-page.js").then((module) => module.CorrectionPage));
