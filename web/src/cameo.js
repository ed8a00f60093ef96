// CAMEO code names and QuadClass names for display. The names come from the
// project's ontology table (lang/ontology/cameo.txt), bundled at build time
// (see cameo-table.js) so the dashboard never fetches them.

export const QUADS = [
  { quad: 1, name: 'Verbal cooperation', short: 'Verb. coop', color: '#7fbf7b' },
  { quad: 2, name: 'Material cooperation', short: 'Mat. coop', color: '#1b7837' },
  { quad: 3, name: 'Verbal conflict', short: 'Verb. conflict', color: '#f4a582' },
  { quad: 4, name: 'Material conflict', short: 'Mat. conflict', color: '#b2182b' },
];

export function quadInfo(quad) {
  return QUADS[Number(quad) - 1];
}

// Parses cameo.txt (tab-separated: code, root, goldstein, quad, plover, mode,
// context, name; '#' comments) into a Map code -> name. Root names are in
// capitals in the table; they are shown in sentence case.
export function parseCameoTable(text) {
  const names = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 8) continue;
    const name = cols[7].trim();
    names.set(cols[0], name === name.toUpperCase() ? name[0] + name.slice(1).toLowerCase() : name);
  }
  return names;
}
