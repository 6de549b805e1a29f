/** The app itself, loaded by the entry (`main.ts`) once the map's first raster is under way. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { mapDataFirst } from "./features/map/first-frame.js";
import { LocationProvider } from "./lib/location.js";
import { createQueryClient, Providers } from "./lib/providers.js";
import { createApiClient } from "./lib/trpc.js";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

const queryClient = createQueryClient();
const apiClient = createApiClient();
await mapDataFirst(queryClient, apiClient);

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient} apiClient={apiClient}>
      <LocationProvider>
        <App />
      </LocationProvider>
    </Providers>
  </StrictMode>,
);
