// `npm run --silent annotate -- [--json] FILE...`: recognises the entities of .txt and
// .html files. A stable contract: see README. Offsets are UTF-16 offsets into the
// file's text (.txt: the file as read; .html: the article text Kashif collects).
import { analyseFile } from './analyse-file';
import { loadAssets } from './node-kb';

const USAGE = 'usage: npm run --silent annotate -- [--json] FILE...';
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
const badFlag = files.find((a) => a.startsWith('--'));
if (badFlag || files.length === 0) {
  console.error(badFlag ? `annotate: unknown option ${badFlag}\n${USAGE}` : `annotate: no file given\n${USAGE}`);
  process.exit(2);
}

const { kb, matcher } = loadAssets();
let failed = false;
for (const file of files) {
  try {
    const { text, recognition: r } = analyseFile(file, matcher);
    const entities = r.entities.map((e) => {
      const k = kb.byId.get(e.id)!;
      return { id: k.id, name: k.name, nameAr: k.nameAr, aliasesEn: k.aliasesEn, kind: k.kind, mentions: e.mentions };
    });
    if (json) console.log(JSON.stringify({ file, article: r.article, entities }));
    else {
      console.log(
        `== ${file}: ${r.article.isTechNews ? 'Arabic tech news' : 'not Arabic tech news'} (score ${r.article.score})`,
      );
      for (const reason of r.article.reasons) console.log(`   ${reason}`);
      const marks = entities
        .flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })))
        .sort((a, b) => a.start - b.start);
      const tty = process.stdout.isTTY;
      let out = '';
      let at = 0;
      for (const m of marks) {
        out += text.slice(at, m.start);
        out += tty ? `\x1b[1;33m[${m.text}]\x1b[0;36m{${m.id}}\x1b[0m` : `[${m.text}]{${m.id}}`;
        at = m.end;
      }
      console.log(out + text.slice(at));
      console.log(
        `-- ${entities.length} entities: ${entities.map((e) => `${e.name}×${e.mentions.length}`).join(', ')}\n`,
      );
    }
  } catch (e) {
    failed = true;
    const error = e instanceof Error ? e.message : String(e);
    if (json) console.log(JSON.stringify({ file, error }));
    else console.error(`== ${file}: error: ${error}`);
  }
}
process.exit(failed ? 1 : 0);
