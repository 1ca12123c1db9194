import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { mppPack } from './data/mpp/index';
import { createMatcher, scanRoot } from './lib/detect/matcher';
import { visibleText } from './lib/detect/visible-text';
const m = createMatcher([mppPack.topic]);
for (const f of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(f, 'utf8'));
  const text = visibleText(document).text;
  for (const h of scanRoot(document, m))
    console.log(
      f.split('/').pop(),
      '|',
      JSON.stringify(text.slice(Math.max(0, h.mention.start - 90), h.mention.end + 60)),
    );
}
