// The bundled CAMEO names (Vite inlines the ontology table as a string).
import table from '../../lang/ontology/cameo.txt?raw';
import { parseCameoTable } from './cameo.js';

const NAMES = parseCameoTable(table);

export function codeName(code) {
  return NAMES.get(code) ?? '';
}

// The root's name for a code ("036" -> "Express intent to cooperate").
export function rootName(code) {
  return code ? NAMES.get(String(code).slice(0, 2)) ?? '' : '';
}
