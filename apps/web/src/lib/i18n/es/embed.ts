import type { EmbedMessages } from "../en/embed.js";

/** A map or chart embedded in another site: its credit line and links back. */
export const embed: EmbedMessages = {
  credit: "SComm Atlas",
  openFull: { map: "Abrir el mapa completo", trends: "Abrir el gráfico completo" },
  newTab: "(se abre en una pestaña nueva)",
  source: "Datos: lista de activaciones de ICE (vía Vargas-Núñez et al. 2026) y eventos con sus fuentes.",
};
