import { loadDataset } from "@scomm/data";
const d = loadDataset();
const last = d.events.filter(e => e.type === "activated" && e.date === "2013-01-22");
console.log(last.length, JSON.stringify(last[0], null, 1));
console.log(d.events.filter(e => e.type === "full_state_activation").map(e=>e.date).sort().slice(-3));
