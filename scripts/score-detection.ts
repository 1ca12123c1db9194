// Prints detection scores on a folder of labelled pages: npx tsx scripts/score-detection.ts tests/fixtures/blind
import { scorePages, scoreTable } from '../tests/support/detection-score';

const dir = process.argv[2] ?? 'tests/fixtures/blind';
const scores = scorePages(dir);
for (const s of scores) {
  if (s.missed.length === 0 && s.extra.length === 0) continue;
  console.log(`${s.file}`);
  for (const m of s.missed) console.log(`  missed [${m.region}] ${JSON.stringify(m.exact)}`);
  for (const e of s.extra) console.log(`  extra  ${JSON.stringify(e)}`);
}
console.log(scoreTable(scores));
