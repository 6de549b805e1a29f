// Temporary (map helper): serve a private build on a fixed port for screenshots. Removed before hand-off.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../../packages/db/src/index.js";
import { createDeps } from "../../api/src/context.js";
import { createHttpServer } from "../../api/src/server.js";
const db = await openDatabase(mkdtempSync(join(tmpdir(), "map-dev-")), { reseed: "if-changed" });
const deps = await createDeps(db);
createHttpServer(deps, { webDist: process.env.WEB_DIST ?? "/tmp/map-dist" }).listen(Number(process.env.PORT ?? 4710), "127.0.0.1", () => console.log("listening"));
