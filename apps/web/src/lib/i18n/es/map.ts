import type { MapMessages } from "../en/map.js";

/** The map page: its title, zoom, legend, tooltip, the selected jurisdiction's panel and the open-a-place form. */
export const map: MapMessages = {
  region: "Mapa",
  title: { county: "Secure Communities por condado", state: "Secure Communities por estado" },
  show: "Mostrar",
  figure: {
    county:
      "Mapa de Estados Unidos: cada condado coloreado según su situación ante Secure Communities el {date}. La leyenda indica cuántos hay en cada categoría.",
    state:
      "Mapa de Estados Unidos: cada estado coloreado según su situación ante Secure Communities el {date}. La leyenda indica cuántos hay en cada categoría.",
  },
  loadingMap: "Cargando el mapa…",
  loadFailed: "No se pudo cargar el mapa: {message}",
  zoom: { group: "Zoom", zoomIn: "Acercar", zoomOut: "Alejar", reset: "Ver todo el país" },
  legend: {
    title: { county: "Condados el {date}", state: "Estados y DC el {date}" },
    category: "Categoría",
    number: "Número",
    share: "Proporción",
    total: "Total",
    loading: "Cargando situaciones…",
    hint: "Elija una categoría para resaltarla en el mapa; elíjala de nuevo para ver todas.",
    meaning: "Qué significan los colores y los términos usados",
    definitions: {
      not_activated: "Aún no activado; sin objeciones",
      opt_out_pending: "No activado; alguien se opone",
      over_objection: "Activado pese a una objeción",
      mandates: "Una ley estatal exige cooperar",
      limits: "Una ley o política limita la cooperación",
      activated: "Activado; sin objeción ni límite",
    },
    partly:
      "Activados solo en parte: {count, plural, one {uno de estos estados tenía} other {# de estos estados tenían}} activados solo algunos condados. Sus demás condados aparecen en tono pálido.",
  },
  tooltip: {
    fips: "FIPS {id}",
    activated: "Activado el {date}",
    firstActivated: "Primer condado activado el {date}",
    noActivation: "Sin fecha de activación registrada",
    countyCounts: "{total} condados: {parts}",
    countyPart: "{count} {category}",
    partly: "Activado solo en parte: {activated} de {total} condados activados",
  },
  panel: {
    label: "Selección: {name}",
    close: "Cerrar",
    onDate: "El {date}",
    notActivated: "No activado el {date}",
    deployment: "{activated} de {total} condados activados ({share} de la población del estado en 2010)",
    why: "Por qué este color",
    noChain: "Ningún evento ha cambiado esta situación hasta esta fecha.",
    roles: { era: "Programa", state_stance: "Estado", county_stance: "Condado o ciudad", activation: "Activación" },
    openPage: "Abrir la página completa de {name}",
    loading: "Cargando sus eventos…",
    more: "Fuentes e historial completo en su página.",
  },
  open: {
    title: "Abrir un condado o estado",
    state: "Estado",
    county: "Condado",
    chooseState: "Elija un estado",
    wholeState: "Todo el estado",
    submit: "Abrir",
  },
};
