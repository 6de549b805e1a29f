import type { SearchMessages } from "../en/search.js";

/** The search box in the header. */
export const search: SearchMessages = {
  label: "Buscar un condado, estado o ciudad",
  landmark: "Búsqueda",
  placeholder: "Condado, estado, ciudad o código FIPS",
  instructions:
    "Escriba un nombre. Las flechas arriba y abajo eligen un resultado y Entrar lo abre; Entrar sin elegir abre el mejor. Escape cierra la lista.",
  loading: "Cargando nombres…",
  failed: "La búsqueda no está disponible: {message}",
  noMatch: "Ningún condado, estado o ciudad coincide con «{query}».",
  count: "{count, plural, one {# resultado} other {# resultados}}. Flechas arriba y abajo para elegir.",
  countOne: "1 resultado. Entrar lo abre.",
  kind: { state: "Estado", county: "Condado", city: "Ciudad", borough: "Distrito" },
  cityIn: "Ciudad · {county}, {state}",
  boroughIn: "Distrito · {county}, {state}",
  statusOn: "Situación el {date}",
};
