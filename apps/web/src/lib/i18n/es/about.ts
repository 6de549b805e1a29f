import type { about as en } from "../en/about.js";

/** La página «Acerca de»: qué es el registro, de dónde viene cada dato, las reglas, el glosario, cómo citar. */
export const about: typeof en = {
  title: "Acerca de este registro",
  documentTitle: "Acerca del registro — SComm Atlas",
  intro:
    "SComm Atlas sigue el programa Secure Communities condado por condado desde 2008 hasta hoy: cuándo lo activó ICE, " +
    "quién se opuso, limitó la cooperación o quedó obligado a cooperar, y qué respondió el gobierno federal. Cada dato del " +
    "mapa es un evento fechado con al menos una fuente.",
  record: {
    title: "El registro",
    through: "Eventos hasta el {date}; última actualización: {updated}.",
    counts: "{researched} eventos investigados y {roster} fechas de activación de la lista de ICE.",
    loading: "Cargando las fechas del registro…",
  },
  sources: {
    title: "De dónde viene cada tipo de dato",
    roster:
      "Cuándo se activó cada condado: la lista de activaciones de ICE, recopilada por Alsan y Yang (2018), actualizada por " +
      "Asad y Baer-Bositis (2025), en los datos de replicación de Vargas-Núñez et al. (PNAS, 2026).",
    events:
      "Acuerdos, solicitudes de exclusión, suspensiones, negativas, políticas locales y leyes estatales: noticias, comunicados " +
      "oficiales, expedientes judiciales y páginas legislativas, citados con un enlace en cada evento. Los resúmenes son de redacción propia.",
    population: "Población: el censo de 2010, para las vistas ponderadas por población.",
    download:
      "Todo lo que muestra el mapa se puede descargar en CSV, con todas las fuentes: vea «Exportar y compartir» en las páginas del mapa, de tendencias y de cada jurisdicción.",
  },
  rules: {
    title: "Cómo recibe un lugar su color",
    intro:
      "Para cada condado y cada fecha leemos dos capas: la última postura de su estado y la suya propia (lo que hace una " +
      "ciudad cuenta en su condado, cada ciudad como actor propio). Gana la postura más fuerte, en este orden: se opone, " +
      "obligado a cooperar por ley estatal, limita la cooperación, acepta. El color es la primera regla que se cumple:",
    partly:
      "En el mapa de estados, un estado cuenta como activado desde su primer condado; mientras solo algunos lo están, sus demás condados aparecen en tono pálido.",
  },
  glossary: {
    title: "Términos usados aquí",
    terms: {
      secure_communities: {
        term: "Secure Communities",
        text: "Programa de ICE que enviaba al DHS las huellas de toda persona fichada en una cárcel local, ya verificadas por el FBI, para cotejarlas con los registros migratorios, de modo que ICE pudiera pedir a la cárcel que retuviera o entregara a la persona.",
      },
      moa: {
        term: "MOA (memorando de acuerdo)",
        text: "El acuerdo que firmaba con ICE la oficina de identificación de cada estado para participar. En agosto de 2011 el DHS declaró estos acuerdos innecesarios y nulos: el programa siguió sin ellos.",
      },
      detainer: {
        term: "Orden de retención (detainer)",
        text: "Petición de ICE para que una cárcel retenga a una persona hasta 48 horas después de su liberación, o avise a ICE antes de liberarla. Muchos condados dejaron de atender las que no tenían orden judicial.",
      },
      pep: {
        term: "PEP (Programa de Aplicación Prioritaria)",
        text: "El programa que sustituyó a Secure Communities desde el 20 de noviembre de 2014 hasta que Secure Communities se restableció el 25 de enero de 2017. Las huellas siguieron llegando; ICE redujo a quién reclamaba.",
      },
      g287: {
        term: "287(g)",
        text: "Otro programa, llamado así por un artículo de la Ley de Inmigración y Nacionalidad, que permite a ICE delegar en agentes locales algunas funciones migratorias. Aparece aquí cuando un condado puso fin a ese acuerdo.",
      },
      confidence: {
        term: "Confianza",
        text: "Cuán seguros están los investigadores de la fecha y los hechos de un evento, anotado en cada evento: alta, media (por ejemplo, una fecha conocida solo por el mes de corte de una lista, o la firma de una ley cuando no se encontró el día de su entrada en vigor) o baja (una pista que las fuentes no resuelven).",
      },
    },
  },
  cite: {
    title: "Cómo citar",
    text: "SComm Atlas ({year}). Activaciones de Secure Communities y posturas locales, condado por condado, de 2008 a hoy. {url} (consultado el {date}).",
    note: "Cite también las fuentes de los datos que use; cada evento nombra las suyas.",
  },
  errors: {
    title: "Informar de un error",
    text:
      "Cada evento de la página de una jurisdicción muestra sus fuentes. Si un dato es erróneo o falta, indique a quienes " +
      "mantienen este sitio qué está mal, a qué jurisdicción y fecha se refiere, y una fuente que lo demuestre. No se añade ningún dato sin fuente.",
  },
  licence: {
    title: "Licencia",
    text:
      "Los resúmenes y el registro compilado pueden reutilizarse con la cita indicada. Las fuentes citadas siguen bajo las " +
      "condiciones de sus editores y se enlazan, no se copian. Los datos de población del censo son de dominio público; las formas de los condados vienen de us-atlas (licencia ISC).",
  },
  /** A quiet way in for the curators; the public pages do not link it elsewhere. */
  curators: "Los curadores que mantienen este registro entran aquí.",
};
