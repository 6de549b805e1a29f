import type { CommonMessages } from "../en/common.js";

/** Text shared by every page: the site's name and introduction, navigation, levels, loading and failure. */
export const common: CommonMessages = {
  siteName: "SComm Atlas",
  kicker: "Secure Communities, de 2008 a hoy",
  lede:
    "La situación de cada condado ante Secure Communities en la fecha elegida: cuándo ICE activó el programa que " +
    "enviaba al DHS las huellas de toda persona fichada en una cárcel local, y dónde los estados, condados y " +
    "ciudades se opusieron o limitaron su cooperación.",
  sourceLine:
    "Fechas de activación por condado: lista de ICE recopilada por Alsan y Yang (2018), actualizada por Asad y " +
    "Baer-Bositis (2025), vía Vargas-Núñez et al. (2026); eventos: ver las fuentes de cada jurisdicción.",
  navLabel: "Páginas",
  documentTitle: "{page} — SComm Atlas",
  nav: { map: "Mapa", trends: "Tendencias", changes: "Qué cambió", table: "Tabla", about: "Acerca de" },
  language: "Idioma",
  skipToContent: "Saltar al contenido",
  languageName: { en: "English", es: "Español" },
  levels: { county: "Condados", state: "Estados" },
  loading: "Cargando…",
  loadFailed: "No se pudo cargar: {message}",
};
