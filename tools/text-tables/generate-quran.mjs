// Generates src/Mizan.Core/Text/Background/Resources/quran-uthmani.txt.gz, the built-in background corpus
// (ARABIC.md, "Religious quotations and news"): the Arabic text of the Quran, 6,236 verses in mushaf order, one
// verse per line, the original vocalised Uthmani text as published (it is normalised when loaded), UTF-8, gzip.
//
// Source: npm quran-json 3.1.2 (dist/quran.json), Uthmani text from The Noble Qur'an Encyclopedia (quranenc.com).
// Licence: the package declares CC-BY-4.0 in package.json and ships a CC BY-SA 4.0 LICENSE.txt; see the
// NOTICE.md beside the resource.
//
// Usage: node generate-quran.mjs <quran-json package dir> <output.txt.gz>

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [packageDir, outputPath] = process.argv.slice(2);
if (!packageDir || !outputPath) {
  console.error('usage: node generate-quran.mjs <quran-json package dir> <output.txt.gz>');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.version !== '3.1.2') throw new Error(`expected quran-json 3.1.2, found ${pkg.version}`);

const chapters = JSON.parse(readFileSync(join(packageDir, 'dist', 'quran.json'), 'utf8'));
const verses = [];
for (const chapter of chapters) {
  if (chapter.verses.length !== chapter.total_verses) throw new Error(`chapter ${chapter.id} is incomplete`);
  for (const verse of chapter.verses) {
    const text = verse.text.trim();
    if (text.length === 0 || /[\r\n]/.test(text)) throw new Error(`bad verse ${chapter.id}:${verse.id}`);
    verses.push(text);
  }
}
if (chapters.length !== 114 || verses.length !== 6236) {
  throw new Error(`expected 114 chapters and 6,236 verses, found ${chapters.length} and ${verses.length}`);
}

// gzip with a zero timestamp, so the output is byte-for-byte reproducible.
const bytes = gzipSync(Buffer.from(verses.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(outputPath, bytes);
console.log(`${verses.length} verses, ${bytes.length} bytes compressed`);
