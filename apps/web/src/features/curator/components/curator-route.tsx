import { lazyPage } from "../../../components/lazy-page.js";

/** The curators' screens, loaded on the first visit to one: the public pages' bundle carries none of them. */
export const CuratorRoute = lazyPage(() => import("./curator-app.js").then((module) => module.CuratorApp));
