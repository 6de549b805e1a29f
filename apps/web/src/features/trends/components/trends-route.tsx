import { lazyPage } from "../../../components/lazy-page.js";

export const TrendsRoute = lazyPage(() => import("./trends-page.js").then((module) => module.TrendsPage));
