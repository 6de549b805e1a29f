import type { ChangesMessages } from "../en/changes.js";

/** What changed: the counties whose status differs between two dates, and why. */
export const changes: ChangesMessages = {
  title: "Qué cambió entre dos fechas",
  lede: "Condados cuya situación ante Secure Communities en la segunda fecha difiere de la primera, con los eventos que la cambiaron y sus fuentes.",
  controls: "Fechas que se comparan",
  from: "Desde",
  to: "Hasta",
  swap: "Intercambiar las fechas",
  presets: "Periodos",
  preset: {
    rollout: "2011–2013: el despliegue",
    detainers: "2014: la ola de las órdenes de retención",
    split: "2016–2018: los estados se dividen",
    recent: "De 2024 a hoy: las nuevas leyes estatales",
  },
  summary: "{count} de {total} condados cambiaron de situación entre el {from} y el {to}.",
  none: "Ningún condado cambió de situación entre el {from} y el {to}.",
  backwards: "La primera fecha es la posterior: la lista se lee hacia atrás en el tiempo.",
  mapLabel:
    "Mapa de Estados Unidos. {count, plural, one {El único condado cuya situación cambió entre el {from} y el {to} aparece} other {Los # condados cuya situación cambió entre el {from} y el {to} aparecen}} con el color de su situación el {to}; los demás, en gris.",
  mapKey: "Color: situación el {date}; gris: sin cambios.",
  unchanged: "Sin cambios",
  was: "Antes: {category}",
  transitions: "Transiciones",
  countyCount: "{count, plural, one {# condado} other {# condados}}",
  listTitle: "Quién cambió y por qué",
  why: "Por qué",
  sources: "Fuentes",
  switchOns:
    "ICE activó el programa en cada uno de estos condados en la fecha que figura junto a su nombre, según su lista de activaciones.",
  noCause: "Ningún evento registrado explica este cambio en su fecha.",
  showMore: "Ver {count, plural, one {# condado más} other {# condados más}}",
  showFewer: "Ver menos",
  moreNames: "y {count} más",
  loadingEvents: "Cargando los eventos…",
  loadingMap: "Cargando el mapa…",
};
