/** A map or chart embedded in another site: its credit line and links back. */
export const embed = {
  credit: "SComm Atlas",
  openFull: { map: "Open the full map", trends: "Open the full chart" },
  newTab: "(opens in a new tab)",
  source: "Data: ICE activation roster (via Vargas-Núñez et al. 2026) and sourced events.",
};

export type EmbedMessages = typeof embed;
