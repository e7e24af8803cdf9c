import type { Fmt } from '../../../lib/format/locale';
import type { EntityCardData } from '../../../lib/kb/card';

/** Cards built by hand (the shape lib/kb/card.ts gives), so component tests do not depend on the KB's data. */
const base: Omit<EntityCardData, 'id' | 'kind' | 'name' | 'nameAr'> = {
  aliasesEn: [],
  developer: null,
  country: null,
  openness: null,
  license: null,
  released: null,
  parameters: null,
  runsOn: null,
  modality: [],
  family: null,
  predecessor: null,
  successor: null,
  members: 0,
  parent: null,
  founded: null,
  headquarters: null,
  orgKind: null,
  category: null,
  sources: [],
};

const openaiRef = { id: 'openai', name: 'OpenAI', nameAr: 'أوبن إيه آي', country: 'US' };

export const OPENAI: EntityCardData = {
  ...base,
  id: 'openai',
  kind: 'organization',
  name: 'OpenAI',
  nameAr: 'أوبن إيه آي',
  country: 'US',
  orgKind: 'company',
  founded: 2015,
  headquarters: 'San Francisco',
  sources: [{ name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/OpenAI' }],
};

export const DEEPSEEK: EntityCardData = {
  ...base,
  id: 'deepseek',
  kind: 'organization',
  name: 'DeepSeek',
  nameAr: 'ديب سيك',
  country: 'CN',
  orgKind: 'company',
  founded: 2023,
  sources: [{ name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/DeepSeek' }],
};

export const GPT_OSS_120B: EntityCardData = {
  ...base,
  id: 'gpt-oss-120b',
  kind: 'model',
  name: 'gpt-oss-120b',
  nameAr: 'جي بي تي أو إس إس 120',
  developer: openaiRef,
  country: 'US',
  openness: 'open-weights',
  license: 'Apache-2.0',
  released: { date: '2025-08-05', precision: 'day', kind: 'release' },
  parameters: { total: 117e9, active: 5.1e9, confidence: 'official' },
  runsOn: 'workstation',
  modality: ['text'],
  family: { id: 'gpt-oss', name: 'gpt-oss', nameAr: null },
  sources: [
    { name: 'OpenAI', url: 'https://openai.com/index/introducing-gpt-oss/' },
    { name: 'Bad link', url: 'javascript:alert(1)' },
  ],
};

export const GPT_4: EntityCardData = {
  ...base,
  id: 'gpt-4',
  kind: 'model',
  name: 'GPT-4',
  nameAr: 'جي بي تي-4',
  developer: openaiRef,
  country: 'US',
  openness: 'api',
  released: { date: '2023-03-14', precision: 'day', kind: 'release' },
  parameters: { total: 1.8e12, active: null, confidence: 'rumour' },
  runsOn: 'datacenter',
  modality: ['image', 'text'],
  family: { id: 'gpt', name: 'GPT', nameAr: 'جي بي تي' },
  predecessor: { id: 'gpt-3', name: 'GPT-3' },
  successor: { id: 'gpt-5', name: 'GPT-5' },
  sources: [{ name: 'OpenAI', url: 'https://openai.com/index/gpt-4-research/' }],
};

export const DEEPSEEK_R1: EntityCardData = {
  ...base,
  id: 'deepseek-r1',
  kind: 'model',
  name: 'DeepSeek-R1',
  nameAr: 'ديب سيك آر 1',
  developer: { id: 'deepseek', name: 'DeepSeek', nameAr: 'ديب سيك', country: 'CN' },
  country: 'CN',
  openness: 'open-weights',
  license: 'MIT',
  released: { date: '2025-01', precision: 'month', kind: 'paper' },
  parameters: { total: 671e9, active: 37e9, confidence: 'estimate' },
  sources: [{ name: 'DeepSeek', url: null }],
};

export const LLAMA: EntityCardData = {
  ...base,
  id: 'llama',
  kind: 'family',
  name: 'Llama',
  nameAr: 'لاما',
  developer: { id: 'meta', name: 'Meta', nameAr: 'ميتا', country: 'US' },
  country: 'US',
  members: 20,
  sources: [{ name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Llama_(language_model)' }],
};

export const CHATGPT: EntityCardData = {
  ...base,
  id: 'chatgpt',
  kind: 'product',
  name: 'ChatGPT',
  nameAr: 'شات جي بي تي',
  developer: openaiRef,
  country: 'US',
  released: { date: '2022-11-30', precision: 'day', kind: 'release' },
  category: 'chatbot',
  sources: [{ name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/ChatGPT' }],
};

export const AR: Fmt = { lang: 'ar', digits: 'arab' };
export const AR_LATN: Fmt = { lang: 'ar', digits: 'latn' };
export const EN: Fmt = { lang: 'en', digits: 'latn' };
