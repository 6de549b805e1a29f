import { SiteHeader } from "./components/site-header.js";
import { MapPage } from "./features/map/components/map-page.js";

export function App() {
  return (
    <div className="app">
      <SiteHeader />
      <MapPage />
    </div>
  );
}
