import { lazyPage } from "../../../components/lazy-page.js";

export const TableRoute = lazyPage(() => import("./table-page.js").then((module) => module.TablePage));
