/** The app itself, loaded by the entry (`main.ts`) once the map's worker is under way. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { LocationProvider } from "./lib/location.js";
import { Providers } from "./lib/providers.js";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <Providers>
      <LocationProvider>
        <App />
      </LocationProvider>
    </Providers>
  </StrictMode>,
);
