// Generates src/Mizan.Core/Text/Normalization/GeneratedFoldData.cs: the data tables of Arabic-aware text
// normalisation (ARABIC.md, "Complete fold table" part D and "Skeleton (rasm) channel").
//
// Inputs (all derived from Unicode data, none typed in by hand except the design rows of ARABIC.md below):
//   <arabic-dir>/arabic_letter_base_fold.tsv  "ARABIC LETTER X WITH ..." -> X, from Unicode 15 names
//   <arabic-dir>/arabic_joining_groups.tsv    Joining_Group of each letter, from Unicode 15 ArabicShaping.txt
//   <unhomoglyph-data.json>                    UTS #39 confusables.txt (13.0) as shipped by npm unhomoglyph 1.0.6 (MIT)
//
// Usage: node generate-fold-data.mjs <arabic-dir> <unhomoglyph-data.json> <output.cs>
// (tools/text-tables/generate.sh fetches the npm package and passes these arguments.)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [arabicDir, confusablesPath, outputPath] = process.argv.slice(2);
if (!arabicDir || !confusablesPath || !outputPath) {
  console.error('usage: node generate-fold-data.mjs <arabic-dir> <unhomoglyph-data.json> <output.cs>');
  process.exit(2);
}

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');
const parseCp = (s) => {
  const m = /^U\+([0-9A-F]{4,6})$/.exec(s.trim());
  if (!m) throw new Error(`bad code point ${s}`);
  return parseInt(m[1], 16);
};
const readTsv = (name) =>
  readFileSync(join(arabicDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .slice(1) // header
    .map((line) => line.split('\t'));

// ---------------------------------------------------------------------------------------------------------------
// (D) Letter folds at match level.

// Design rows of ARABIC.md table D ("explicit"): the folds that Unicode names alone do not give.
const explicitFolds = [
  // target ALEF U+0627
  [0x0627, [0x0671], 'ALEF WASLA (ARABIC.md D)'],
  [0x0627, [0x0675], 'HIGH HAMZA ALEF (ARABIC.md D; NFKC gives ALEF + U+0674)'],
  // target YEH U+064A
  [0x064a, [0x0649], 'ALEF MAKSURA (ARABIC.md D)'],
  [0x064a, [0x06cc], 'FARSI YEH (ARABIC.md D)'],
  [0x064a, [0x0620], 'KASHMIRI YEH (ARABIC.md D)'],
  [0x064a, [0x06d0, 0x06d2], 'E, YEH BARREE (ARABIC.md D)'],
  [0x064a, [0x0678], 'HIGH HAMZA YEH (NFKC gives ALEF MAKSURA + U+0674)'],
  // target HEH U+0647
  [0x0647, [0x0629, 0x06c3], 'TEH MARBUTA, TEH MARBUTA GOAL (ARABIC.md D)'],
  [0x0647, [0x06d5, 0x06c1, 0x06be], 'AE, HEH GOAL, HEH DOACHASHMEE (ARABIC.md D)'],
  // target WAW U+0648
  [0x0648, [0x0676, 0x0677], 'HIGH HAMZA WAW, U WITH HAMZA ABOVE (ARABIC.md D)'],
  [0x0648, range(0x06c4, 0x06cb), 'U+06C4-U+06CB Kurdish/Uyghur waw letters (ARABIC.md D)'],
  [0x0648, [0x06cf], 'WAW WITH DOT ABOVE (ARABIC.md D)'],
  // target KAF U+0643
  [0x0643, [0x06a9, 0x06aa], 'KEHEH, SWASH KAF (ARABIC.md D)'],
  [0x0643, [0x063b, 0x063c], 'KEHEH WITH DOTS (ARABIC.md D)'],
  [0x0643, range(0x06ab, 0x06ae), 'U+06AB-U+06AE kaf variants (ARABIC.md D)'],
  // target NOON U+0646
  [0x0646, [0x06ba, 0x06b9], 'NOON GHUNNA, NOON WITH DOT BELOW (ARABIC.md D)'],
  [0x0646, range(0x06bb, 0x06bd), 'U+06BB-U+06BD noon variants (ARABIC.md D)'],
  // target BEH U+0628: ARABIC.md lists these among the base-fold examples although their names
  // (BEEH, BEHEH) carry no "WITH".
  [0x0628, [0x067b, 0x0680], 'BEEH, BEHEH (ARABIC.md D examples)'],
];

// Letters kept distinct at match level (ARABIC.md D, last row); they fold only in the skeleton channel.
const keepDistinct = [0x067e, 0x0686, 0x0698, 0x06af, 0x06a4, 0x0679, 0x0688, 0x0691, 0x066e, 0x066f, 0x06a1, 0x0621];

function range(first, last) {
  const out = [];
  for (let cp = first; cp <= last; cp++) out.push(cp);
  return out;
}

const direct = new Map(); // cp -> { to, source }
for (const [cp, name, baseCp, baseName] of readTsv('arabic_letter_base_fold.tsv')) {
  direct.set(parseCp(cp), { to: parseCp(baseCp), source: `${name} -> ${baseName}` });
}
const baseFoldCount = direct.size;
for (const [to, froms, why] of explicitFolds) {
  for (const from of froms) direct.set(from, { to, source: why });
}

// Compose transitively (e.g. KEHEH WITH TWO DOTS ABOVE -> KEHEH -> KAF) to a fixed point.
const letterFolds = [];
for (const [from, { source }] of [...direct.entries()].sort((a, b) => a[0] - b[0])) {
  let to = from;
  for (let guard = 0; direct.has(to); guard++) {
    if (guard > 8) throw new Error(`fold cycle at U+${hex(from)}`);
    to = direct.get(to).to;
  }
  if (keepDistinct.includes(from)) throw new Error(`U+${hex(from)} must stay distinct`);
  const viaNote = to === direct.get(from).to ? '' : ` (then U+${hex(direct.get(from).to)} -> U+${hex(to)})`;
  letterFolds.push([from, to, source + viaNote]);
}

// ---------------------------------------------------------------------------------------------------------------
// Skeleton (rasm) classes from Joining_Group, with ARABIC.md's representatives.

const representatives = {
  ALEF: 0x0627,
  BEH: 0x066e, // dotless beh
  HAH: 0x062d,
  DAL: 0x062f,
  REH: 0x0631,
  SEEN: 0x0633,
  SAD: 0x0635,
  TAH: 0x0637,
  AIN: 0x0639,
  FEH: 0x06a1, // dotless feh
  QAF: 0x066f, // dotless qaf
  KAF: 0x0643,
  GAF: 0x0643,
  'SWASH KAF': 0x0643,
  LAM: 0x0644,
  MEEM: 0x0645,
  NOON: 0x06ba, // noon ghunna (dotless noon)
  YEH: 0x0649, // alef maksura (dotless yeh)
  'FARSI YEH': 0x0649,
  'YEH BARREE': 0x0649,
  HEH: 0x0647,
  'TEH MARBUTA': 0x0647,
  'HEH GOAL': 0x0647,
  'KNOTTED HEH': 0x0647,
  WAW: 0x0648,
  // Groups ARABIC.md does not list, assigned to the family whose shape they share.
  'BURUSHASKI YEH BARREE': 0x0649,
  'YEH WITH TAIL': 0x0649,
  'THIN YEH': 0x0649,
  'TEH MARBUTA GOAL': 0x0647,
  'AFRICAN QAF': 0x066f,
  'AFRICAN FEH': 0x06a1,
  'AFRICAN NOON': 0x06ba,
  NYA: 0x06ba,
  'STRAIGHT WAW': 0x0648,
};

// Groups whose dual-joining letters take the BEH tooth (NOON, YEH) or the FEH loop (QAF) when not word-final.
const nonFinalShapes = new Map([
  [0x06ba, 0x066e],
  [0x0649, 0x066e],
  [0x066f, 0x06a1],
]);

const rasmClasses = []; // [letter, representative, group]
const joiningLetters = new Set();
const unassignedGroups = [];
for (const [group, , members] of readTsv('arabic_joining_groups.tsv')) {
  const cps = members.trim().split(/\s+/).map(parseCp);
  cps.forEach((cp) => joiningLetters.add(cp));
  const rep = representatives[group];
  if (rep === undefined) {
    unassignedGroups.push(group);
    continue;
  }
  for (const cp of cps) rasmClasses.push([cp, rep, group]);
}
rasmClasses.sort((a, b) => a[0] - b[0]);
// Hamza has no joining group: it stays itself in the skeleton and never joins.
if (joiningLetters.has(0x0621)) throw new Error('hamza must not be a joining letter');

// ---------------------------------------------------------------------------------------------------------------
// UTS #39 confusables for Latin, Cyrillic and Greek letters and ASCII digits, lower-cased (the skeleton channel
// runs on match-level text, which is already lower case and free of marks).

const confusables = JSON.parse(readFileSync(confusablesPath, 'utf8'));
const relevantSource = /^(?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]|[0-9])$/u;
const relevantTarget = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9]+$/u;
const isMatchStable = (s) => s.normalize('NFKD') === s && s.toLowerCase() === s && !/\p{M}/u.test(s);
const matchFold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const candidates = new Map();
for (const [source, prototype] of Object.entries(confusables)) {
  if (source.length !== 1 || !relevantSource.test(source) || !isMatchStable(source)) continue; // BMP only
  candidates.set(source, matchFold(prototype));
}
const skeletonOf = (s) => {
  let current = s;
  for (let guard = 0; guard < 8; guard++) {
    const next = [...current].map((ch) => candidates.get(ch) ?? ch).join('');
    if (next === current) return current;
    current = next;
  }
  throw new Error(`confusable cycle at ${s}`);
};
const confusableMaps = [];
for (const source of [...candidates.keys()].sort()) {
  const target = skeletonOf(candidates.get(source));
  if (target === source || target.length === 0 || !relevantTarget.test(target)) continue;
  confusableMaps.push([source.charCodeAt(0), [...target].map((c) => c.charCodeAt(0))]);
}

// ---------------------------------------------------------------------------------------------------------------
// Output.

const ch = (cp) => `'\\u${hex(cp)}'`;
const lines = [];
lines.push('// <auto-generated>');
lines.push('// Generated by tools/text-tables/generate-fold-data.mjs; do not edit by hand.');
lines.push('// Regenerate with: bash tools/text-tables/generate.sh');
lines.push('// Sources: arabic_letter_base_fold.tsv and arabic_joining_groups.tsv (derived from Unicode 15.0 names and');
lines.push('// ArabicShaping.txt), the design rows of ARABIC.md table D, and UTS #39 confusables.txt 13.0 from npm');
lines.push('// unhomoglyph 1.0.6 (MIT).');
lines.push('// </auto-generated>');
lines.push('');
lines.push('namespace Mizan.Core.Text.Normalization;');
lines.push('');
lines.push('/// <summary>Data tables of the text normaliser, generated from Unicode data (see the file header).</summary>');
lines.push('internal static class GeneratedFoldData');
lines.push('{');
lines.push(`    /// <summary>Match-level letter folds (ARABIC.md table D), pairs of (letter, folded letter): ${baseFoldCount} base folds`);
lines.push(`    /// from arabic_letter_base_fold.tsv plus the explicit rows, composed to a fixed point; ${letterFolds.length} letters.</summary>`);
lines.push('    internal static ReadOnlySpan<char> LetterFolds =>');
lines.push('    [');
for (const [from, to, source] of letterFolds) lines.push(`        ${ch(from)}, ${ch(to)}, // ${source}`);
lines.push('    ];');
lines.push('');
lines.push(`    /// <summary>Skeleton (rasm) classes from Joining_Group, pairs of (letter, representative); ${rasmClasses.length} letters.</summary>`);
lines.push('    internal static ReadOnlySpan<char> RasmClasses =>');
lines.push('    [');
for (const [cp, rep, group] of rasmClasses) lines.push(`        ${ch(cp)}, ${ch(rep)}, // ${group}`);
lines.push('    ];');
lines.push('');
lines.push('    /// <summary>Representatives that change shape when their letter joins a following letter, pairs of');
lines.push('    /// (final representative, non-final representative): NOON and YEH take the BEH tooth, QAF the FEH loop.</summary>');
lines.push('    internal static ReadOnlySpan<char> NonFinalShapes =>');
lines.push('    [');
for (const [from, to] of nonFinalShapes) lines.push(`        ${ch(from)}, ${ch(to)},`);
lines.push('    ];');
lines.push('');
lines.push(`    /// <summary>Letters with a Joining_Group (they join a preceding dual-joining letter); ${joiningLetters.size} letters.</summary>`);
lines.push('    internal static ReadOnlySpan<char> JoiningLetters =>');
lines.push('    [');
const joining = [...joiningLetters].sort((a, b) => a - b);
for (let i = 0; i < joining.length; i += 8) lines.push(`        ${joining.slice(i, i + 8).map(ch).join(', ')},`);
lines.push('    ];');
lines.push('');
lines.push(`    /// <summary>UTS #39 confusable skeletons of lower-case Latin, Cyrillic and Greek letters and ASCII digits, as`);
lines.push(`    /// records (source, target length, target characters...); ${confusableMaps.length} letters.</summary>`);
lines.push('    internal static ReadOnlySpan<char> Confusables =>');
lines.push('    [');
for (const [source, target] of confusableMaps) {
  lines.push(`        ${ch(source)}, (char)${target.length}, ${target.map(ch).join(', ')}, // -> ${String.fromCharCode(...target)}`);
}
lines.push('    ];');
lines.push('}');
lines.push('');

writeFileSync(outputPath, lines.join('\n'));
console.log(
  `letter folds ${letterFolds.length} (base ${baseFoldCount}), rasm classes ${rasmClasses.length}, joining letters ` +
    `${joiningLetters.size}, confusables ${confusableMaps.length}; groups left as themselves: ${unassignedGroups.join(', ')}`,
);
