/**
 * Size of what a browser downloads before the first page renders: the files `dist/web/index.html`
 * references directly (entry script, module preloads, stylesheets), raw and gzipped.
 *
 *   npm run build:web && npx tsx bench/web-initial-load.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist', 'web');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
let raw = 0;
let gzipped = 0;
for (const file of files) {
  const content = readFileSync(join(dist, file));
  raw += content.length;
  gzipped += gzipSync(content, { level: 9 }).length;
  console.log(
    `${file.padEnd(50)} ${(content.length / 1024).toFixed(1).padStart(8)} kB  gzip ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1).padStart(7)} kB`,
  );
}
console.log(
  `initial load: ${files.length} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzipped / 1024).toFixed(1)} kB gzipped`,
);
