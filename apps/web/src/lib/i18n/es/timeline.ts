import type { TimelineMessages } from "../en/timeline.js";

/** The date slider under the map, with its play controls and federal milestones. */
export const timeline: TimelineMessages = {
  label: "Fecha del mapa",
  previousMonth: "Mes anterior",
  nextMonth: "Mes siguiente",
  month: "Mes",
  play: "Reproducir",
  pause: "Pausa",
  speed: "Velocidad",
  speedOption: "{speed}×",
  keys: "Flechas izquierda y derecha: un día. Arriba y abajo: un mes. Re Pág y Av Pág: un año.",
  playKey: "Espacio: reproducir o pausar.",
  milestonesLabel: "Hitos federales",
  milestones: {
    program_launched: "Lanzamiento del programa",
    program_mandatory_memo: "Memorando «obligatorio en 2013»",
    moa_voided_by_dhs: "Acuerdos estatales anulados",
    last_activation: "Últimos condados activados",
    program_ended: "Sustituido por PEP",
    program_reinstated: "Restablecido",
  },
  lastActivation:
    "ICE activó {count, plural, one {el último condado} other {los últimos # condados}}: desde ese día todos los condados estaban en el programa.",
  source: "Fuente",
  sources: "Fuentes",
  goTo: "Ver el mapa en esta fecha",
  pep: "PEP",
  pepTitle: "Priority Enforcement Program, del {from} al {to}",
};
