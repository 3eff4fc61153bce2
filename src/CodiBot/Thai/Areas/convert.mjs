// Converts thai-address-database's database/db.json (compressed with a word list and a lookup table)
// into one line per district: "province<TAB>district<TAB>subdistrict|subdistrict|...".
import { readFileSync } from 'node:fs';
const raw = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const lookup = raw.lookup.split('|'), words = raw.words.split('|');
const name = v => (typeof v === 'number' ? lookup[v] : v)
  .replace(/[A-Za-z]/g, m => { const c = m.charCodeAt(0); return words[c < 97 ? c - 65 : 26 + c - 97]; });
const out = [];
for (const [p, districts] of raw.data)
  for (const [d, subs] of districts) {
    const names = [...new Set(subs.map(s => name(s[0])))];
    out.push(`${name(p)}\t${name(d)}\t${names.join('|')}`);
  }
process.stdout.write(out.join('\n') + '\n');
