import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../../lib/kb/schema';
import { compileMatcher, loadMatcher } from '../../../../lib/matcher/compile';
import { recognize } from '../../../../lib/recognize';

const src = [{ name: 'test', url: null, fields: [] }];
const org = (
  id: string,
  name: string,
  nameAr: string,
  aliasesAr: string[] = [],
  ambiguous: Entity['ambiguous'] = [],
): Entity => ({
  id,
  kind: 'organization',
  name,
  nameAr,
  aliasesEn: [],
  aliasesAr,
  ambiguous,
  sources: src,
  country: 'US',
  orgKind: 'company',
  founded: null,
  headquarters: null,
  parent: null,
});
const model = (
  id: string,
  name: string,
  nameAr: string | null = null,
  aliasesEn: string[] = [],
  ambiguous: Entity['ambiguous'] = [],
): Entity => ({
  id,
  kind: 'model',
  name,
  nameAr,
  aliasesEn,
  aliasesAr: [],
  ambiguous,
  sources: src,
  developer: null,
  family: null,
  released: null,
  openness: null,
  license: null,
  parameters: null,
  modality: [],
  runsOn: null,
  predecessor: null,
  successor: null,
});
const kb: KnowledgeBase = {
  version: 1,
  asOf: '2026-07-19',
  credits: [],
  entities: [
    org('openai', 'OpenAI', 'أوبن إيه آي', ['اوبن اي آي']),
    org('google', 'Google', 'غوغل', ['جوجل']),
    org('meta', 'Meta', 'ميتا'),
    org('scale-ai', 'Scale AI', 'سكيل إيه آي'),
    org('alphabet', 'Alphabet', 'ألفابيت'),
    model('gpt-4', 'GPT-4', 'جي بي تي-4'),
    model('gpt-4o', 'GPT-4o'),
    model('gpt-4-5', 'GPT-4.5'),
    model('o3-mini', 'o3-mini', 'أو 3 ميني'),
    model('o3', 'o3'),
    model(
      'deepseek-r1',
      'DeepSeek-R1',
      'ديب سيك آر 1',
      ['R1'],
      [{ alias: 'R1', means: 'other products', cues: ['ديب سيك', 'نموذج'], vetoes: ['رابيت'] }],
    ),
    {
      ...model(
        'claude',
        'Claude',
        'كلود',
        [],
        [{ alias: 'كلود', means: 'Claude Makelele', cues: ['نموذج', 'أنثروبيك'], vetoes: ['ماكيليلي', 'لاعب'] }],
      ),
      kind: 'family',
      developer: null,
      parentFamily: null,
      members: [],
    } as unknown as Entity,
  ].sort((a, b) => (a.id < b.id ? -1 : 1)),
};
const { data } = compileMatcher(kb);
const matcher = loadMatcher(JSON.parse(JSON.stringify(data)));
const TECH = ' في سياق الذكاء الاصطناعي والنماذج اللغوية ومراكز البيانات والتقنية.';
const found = (text: string) =>
  recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);

describe('recognize', () => {
  it('finds names with clitics, quotes and Latin names glued to Arabic', () => {
    expect(found('وميتا ولجوجل وGemini ولـOpenAI وبـ"غوغل" و«OpenAI» والـGPT-4')).toEqual([
      ['meta', ['ميتا']],
      ['google', ['جوجل', 'غوغل']],
      ['openai', ['OpenAI', 'OpenAI']],
      ['gpt-4', ['GPT-4']],
    ]);
  });
  it('never cuts an ordinary word: a clitic is stripped only before a name', () => {
    expect(found('ميتافيزيقا وللذكاء وبالميتا')).toEqual([['meta', ['ميتا']]]);
  });
  it('keeps versions apart and prefers the longest name', () => {
    expect(found('GPT-4 ثم GPT-4o ثم GPT-4.5 ثم GPT-4.1 ثم o3-mini ثم o3 ثم أو 3 ميني')).toEqual([
      ['gpt-4', ['GPT-4']],
      ['gpt-4o', ['GPT-4o']],
      ['gpt-4-5', ['GPT-4.5']],
      ['o3-mini', ['o3-mini', 'أو 3 ميني']],
      ['o3', ['o3']],
    ]);
  });
  it('reads Arabic-Indic digits, hashtags, dotted and spaced acronyms', () => {
    expect(found('جي بي تي-٤ و#جي_بي_تي_4 وأوبن إيه.آي واوبن اي آي')).toEqual([
      ['gpt-4', ['جي بي تي-٤', 'جي_بي_تي_4']],
      ['openai', ['أوبن إيه.آي', 'اوبن اي آي']],
    ]);
  });
  it('Scale AI is never OpenAI; Alphabet is not a prefix of anything', () => {
    expect(found('سكيل إيه آي وألفابيت')).toEqual([
      ['scale-ai', ['سكيل إيه آي']],
      ['alphabet', ['ألفابيت']],
    ]);
  });
  it('accepts an ambiguous name with a cue in tech news, vetoes win, and support from elsewhere counts', () => {
    const tech = recognize(`أطلقت أنثروبيك نموذج كلود الجديد.${TECH} وقالت OpenAI ذلك.`, matcher);
    expect(tech.article.isTechNews).toBe(true);
    expect(tech.entities.map((e) => e.id)).toContain('claude');
    const veto = recognize(`قال كلود ماكيليلي إن اللاعب جاهز.${TECH} وقالت OpenAI ذلك.`, matcher);
    expect(veto.entities.map((e) => e.id)).not.toContain('claude');
    const support = recognize(`أطلقت ديب سيك آر 1. وقالوا إن R1 سريع.${TECH} OpenAI`, matcher);
    expect(support.entities.find((e) => e.id === 'deepseek-r1')?.mentions.map((m) => m.text)).toEqual([
      'ديب سيك آر 1',
      'R1',
    ]);
  });
  it('reports no entity in a text that is not tech news', () => {
    const r = recognize('فاز المنتخب في المباراة وسجل اللاعب هدفا. وتحدث المدرب عن غوغل.', matcher);
    expect(r.article.isTechNews).toBe(false);
    expect(r.entities).toEqual([]);
  });
  it('offsets give back exactly the original text, whatever marks are inserted', () => {
    const base = 'أعلنت أوبن إيه آي عن GPT-4o، وردّت غوغل وميتا';
    const marks = fc.constantFrom('\u064e', '\u0651', '\u0640', '\u200f', '\u200c', '\u2066');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), marks), { maxLength: 10 }), (inserts) => {
        let s = base;
        for (const [at, mark] of inserts) {
          const p = at % (s.length + 1);
          s = s.slice(0, p) + mark + s.slice(p);
        }
        const r = recognize(s, matcher, { always: true });
        for (const e of r.entities) for (const m of e.mentions) expect(s.slice(m.start, m.end)).toBe(m.text);
        expect(r.entities.map((e) => [e.id, e.mentions.length])).toEqual([
          ['openai', 1],
          ['gpt-4o', 1],
          ['google', 1],
          ['meta', 1],
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
