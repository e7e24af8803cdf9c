import { describe, expect, it } from 'vitest';
import { inWebAddress, recognize } from '../../../../lib/recognize';
import { loadAssets } from '../../../../scripts/node-kb';

const { matcher } = loadAssets();
const found = (text: string) =>
  Object.fromEntries(recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.length]));

describe('writing outside the newsroom', () => {
  it('a name inside a web address is not a mention; a handle is', () => {
    const t = 'مون شوت نشرت أوزان Kimi K2 Thinking كاملة ← huggingface.co/moonshotai/Kimi-K2-Thinking و x.ai/news';
    expect(found(t)).toEqual({ 'moonshot-ai': 1, 'kimi-k2-thinking': 1 });
    expect(found('تابعوا حساب @OpenAI لمعرفة المزيد عن النماذج')).toEqual({ openai: 1 });
    // A slash between two names is no web address; a brand written as a domain is a mention.
    expect(found('صفقة أوبن إيه آي/مايكروسوفت الجديدة')).toEqual({ openai: 1, microsoft: 1 });
    expect(found('أطلقت Z.ai نموذجها الجديد')).toEqual({ 'zhipu-ai': 1 });
    const url = 'https://openai.com/index/gpt-5';
    expect(inWebAddress(url, url.indexOf('gpt-5'), url.length)).toBe(true);
    expect(inWebAddress('أطلقت OpenAI اليوم', 6, 12)).toBe(false);
  });

  it("a package's scope is not a mention; the package's name may be («@openai/codex»)", () => {
    const t = 'ثبّت الأداة بالأمر npm i -g @openai/codex ثم شغّل الوكيل في مجلد المشروع.';
    expect(found(t)).toEqual({ codex: 1 });
    expect(found('تابعوا @OpenAI/ وحساب المطورين')).toEqual({});
    expect(found('تابعوا @OpenAI وحساب المطورين')).toEqual({ openai: 1 });
  });

  it('a review in dialect is tech news by the tech talk of blogs; naming models with one tech term is not enough', () => {
    // (The names of the companies and chatbots tech news names most, «شات جي بي تي», ChatGPT, «غوغل», are tech terms
    // themselves since session 8; Claude, Gemini and Anthropic are not.)
    const review =
      'بصراحة جربت Claude شهر كامل بعد ما كنت على ChatGPT، وقارنته بـGemini 2.5 Pro وGPT-5 في الكودينج، ' +
      'وفهم الكود كله، وأنثروبيك عاملة شغل حلو في التطبيق. الخلاصة: يستاهل.';
    const r = recognize(review, matcher);
    expect(r.article.isTechNews).toBe(true);
    expect(r.entities.length).toBeGreaterThanOrEqual(5);
    const one = 'بصراحة جربت Claude وGemini 2.5 Pro وأنثروبيك شهر كامل في التطبيق. الخلاصة: يستاهل.';
    expect(recognize(one, matcher).article.isTechNews).toBe(false);
    expect(recognize(one.replace('Claude', 'ChatGPT وClaude'), matcher).article.isTechNews).toBe(true);
  });
});
