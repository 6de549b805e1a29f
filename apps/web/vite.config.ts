import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** In dev the api runs apart on :3000; in production it serves this build itself. */
const API = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/trpc": API, "/api": API },
  },
  // No source maps in the published build: the server would otherwise hand out the sources (issue #10).
  build: { outDir: "dist", sourcemap: false },
});
