import type { NotFoundMessages } from "../en/not-found.js";

/** The page shown for an unknown path or jurisdiction id. */
export const notFound: NotFoundMessages = {
  documentTitle: "No encontrado — SComm Atlas",
  title: "Página no encontrada",
  unknownId: "Ningún estado ni condado tiene el código FIPS «{id}».",
  malformedId: "«{id}» no es un identificador de jurisdicción.",
  unknownPath: "No hay ninguna página en {path}.",
  idHelp:
    "Un estado es un código FIPS de 2 cifras (36 para Nueva York); un condado, uno de 5 cifras que empieza por el de su estado (51013 para el condado de Arlington, Virginia).",
  searchLabel: "Buscar de nuevo",
  closest: "Resultados más cercanos a «{query}»",
  none: "Nada se parece a «{query}». Pruebe con un nombre: un condado, un estado o una ciudad.",
  back: "Volver al mapa",
};
