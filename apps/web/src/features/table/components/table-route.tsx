import { lazyPage } from "./lazy-page.js";

export const TableRoute = lazyPage(() => import("./table-page.js").then((module) => module.TablePage));
