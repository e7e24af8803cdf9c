import { describe, expect, it } from 'vitest';
import { recognize } from '../../../../lib/recognize';
import { loadAssets } from '../../../../scripts/node-kb';

const { matcher } = loadAssets();
const ids = (text: string) =>
  recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);
const TECH = 'قالت أوبن إيه آي إن نموذج الذكاء الاصطناعي الجديد';

describe('names as transcripts and local-AI guides write them', () => {
  it('reads a version said aloud, in English or Arabic words', () => {
    expect(ids(`${TECH} جي بي تي فايف أسرع من جي بي تي خمسة القديم؟ لا، إنه هو.`)).toContainEqual([
      'gpt-5',
      ['جي بي تي فايف', 'جي بي تي خمسة'],
    ]);
    expect(ids(`${TECH} ينافس جيميناي تو بوينت فايف برو.`)).toContainEqual([
      'gemini-2-5-pro',
      ['جيميناي تو بوينت فايف برو'],
    ]);
    expect(ids(`${TECH} مبني على لاما ثري.`)).toContainEqual(['llama-3', ['لاما ثري']]);
    expect(ids(`${TECH} جي بي تي أو إس إس توينتي بي يعمل على حاسوب محمول.`)).toContainEqual([
      'gpt-oss-20b',
      ['جي بي تي أو إس إس توينتي'],
    ]);
  });

  it('gives a spoken form of an ambiguous spelling the same context rules («أو ثلاثة» is "or three")', () => {
    expect(ids(`${TECH} يحتاج اثنين أو ثلاثة أيام، أو ثري ساعات.`).map(([id]) => id)).not.toContain('o3');
    expect(ids(`${TECH} اسمه أو ون، وهو نموذج استدلال من أوبن إيه آي.`)).toContainEqual(['o1', ['أو ون']]);
  });

  it('names the model an Ollama tag pulls, not the name before the colon', () => {
    expect(ids(`${TECH} شغّله بالأمر ollama run llama3.1:8b على حاسوبك.`)).toContainEqual([
      'llama-3-1-8b',
      ['llama3.1:8b'],
    ]);
  });
});
