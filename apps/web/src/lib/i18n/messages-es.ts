import type { Messages } from "./messages-en.js";

/** Spanish interface text; every key of the English set must be here (the type checks it). */
export const es: Messages = {
  siteName: "SComm Atlas",
  kicker: "Secure Communities, de 2008 a hoy",
  lede:
    "La situación de cada condado ante Secure Communities en la fecha elegida: cuándo ICE activó el programa que " +
    "enviaba al DHS las huellas de toda persona fichada en una cárcel local, y dónde los estados, condados y " +
    "ciudades se opusieron o limitaron su cooperación.",
  sourceLine:
    "Fechas de activación por condado: lista de ICE recopilada por Alsan y Yang (2018), actualizada por Asad y " +
    "Baer-Bositis (2025), vía Vargas-Núñez et al. (2026); eventos: ver las fuentes de cada jurisdicción.",
  nav: { map: "Mapa", trends: "Tendencias", changes: "Qué cambió", table: "Tabla" },
  language: "Idioma",
  languageName: { en: "English", es: "Español" },
  levels: { county: "Condados", state: "Estados" },
  legendTitle: { county: "Condados el {date}", state: "Estados y DC el {date}" },
  total: "Total",
  mapTitle: { county: "Secure Communities por condado", state: "Secure Communities por estado" },
  mapDate: "Fecha del mapa",
  previousMonth: "Mes anterior",
  nextMonth: "Mes siguiente",
  loading: "Cargando…",
  loadFailed: "No se pudo cargar: {message}",
  activatedOn: "Activado el {date}",
  notActivated: "Aún no activado",
  categories: {
    not_activated: "Aún no activado",
    opt_out_pending: "Exclusión pendiente",
    over_objection: "Activado pese a su objeción",
    mandates: "Activado, el estado exige cooperar",
    limits: "Activado, limita la cooperación",
    activated: "Activado",
  },
};
