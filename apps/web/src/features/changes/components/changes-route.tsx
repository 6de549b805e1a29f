import { lazyPage } from "../../../components/lazy-page.js";

export const ChangesRoute = lazyPage(() => import("./changes-page.js").then((module) => module.ChangesPage));
