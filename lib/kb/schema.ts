import { z } from '../zod';
import { KNOWN_LICENSES } from './licenses';

/**
 * The knowledge base's schema. The KB is data beside the code that parses it:
 * `npm run kb:build` validates against these, and the extension parses the
 * committed file with them once at load.
 */

export const EntityId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case ASCII');
export type EntityId = z.infer<typeof EntityId>;

const ARABIC_NAME = /^[\u0600-\u06ff\u0750-\u077f\s0-9.\-–()/+]+$/u;
export const ArabicName = z.string().min(1).regex(ARABIC_NAME, 'must be Arabic script');

export const Source = z.strictObject({
  name: z.string().min(1),
  url: z.url().nullable(),
  /** Which facts this source gave; empty = the entry as a whole. */
  fields: z.array(z.string()).default([]),
});
export type Source = z.infer<typeof Source>;

export const DatePrecision = z.enum(['day', 'month', 'year']);
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const Release = z
  .strictObject({
    date: PartialDate,
    precision: DatePrecision,
    kind: z.enum(['release', 'announcement', 'paper', 'weights']),
  })
  .refine((r) => r.date.split('-').length === { year: 1, month: 2, day: 3 }[r.precision], {
    message: 'precision does not match the date',
  });
export type Release = z.infer<typeof Release>;

export const Openness = z.enum([
  'open-source',
  'open-weights',
  'open-weights-restricted',
  'open-weights-noncommercial',
  'api',
  'hosted',
  'unreleased',
]);
export type Openness = z.infer<typeof Openness>;
export const OPEN_WEIGHTS: ReadonlySet<Openness> = new Set([
  'open-source',
  'open-weights',
  'open-weights-restricted',
  'open-weights-noncommercial',
]);

export const Parameters = z.strictObject({
  total: z.number().positive(),
  active: z.number().positive().nullable(),
  confidence: z.enum(['official', 'estimate', 'rumour']),
});
export type Parameters = z.infer<typeof Parameters>;

export const Ambiguity = z.strictObject({
  /** The alias (any script) that is also an ordinary word or another thing's name. */
  alias: z.string().min(1),
  means: z.string(),
  /**
   * Words that, near a mention, confirm this entity. A ~ stands for the mention itself:
   * «شركة ~» is the word just before it, «~ ستوديو» the word just after.
   */
  cues: z.array(z.string().min(1)),
  /**
   * Words that, near a mention, mean the other sense; they win over cues. ~ as in cues («~ شانون»).
   * A veto that is a KB organization's name («بوسطن ديناميكس» for the robot «أطلس») names the other
   * sense's owner: where the article surely names it, only a cue accepts the mention.
   */
  vetoes: z.array(z.string().min(1)),
  /**
   * The definite article glued to the name means the other sense too: «الأمازون» is the
   * river or the forest, «الميسترال» the wind, «الكوبايلوت» the co-pilot, «البارد» the cold.
   */
  article: z.literal(true).optional(),
  /**
   * Spellings, with their diacritics, that are always the other word: the writer's marks
   * decide («علامَ», "on what?", is no ALLaM).
   */
  marked: z.array(z.string().min(1)).optional(),
  /**
   * A spelling another product also answers to: this entity only where it, or its developer,
   * was surely named shortly before, nearer than the other's (a bare «كوبايلوت» after «جيت هب
   * كوبايلوت» is GitHub's; elsewhere Microsoft's). No cue makes it this one.
   */
  nearby: z.literal(true).optional(),
});
export type Ambiguity = z.infer<typeof Ambiguity>;

const common = {
  id: EntityId,
  name: z.string().min(1),
  nameAr: ArabicName.nullable(),
  aliasesEn: z.array(z.string().min(1)),
  aliasesAr: z.array(ArabicName),
  ambiguous: z.array(Ambiguity),
  sources: z.array(Source).min(1),
};

export const License = z.string().refine((l) => KNOWN_LICENSES.includes(l), { message: 'unknown licence' });

export const Model = z
  .strictObject({
    ...common,
    kind: z.literal('model'),
    developer: EntityId.nullable(),
    family: EntityId.nullable(),
    released: Release.nullable(),
    openness: Openness.nullable(),
    license: License.nullable(),
    parameters: Parameters.nullable(),
    modality: z.array(z.enum(['text', 'image', 'audio', 'video', 'code', 'speech', 'multimodal'])),
    runsOn: z.enum(['phone', 'laptop', 'workstation', 'datacenter']).nullable(),
    predecessor: EntityId.nullable(),
    successor: EntityId.nullable(),
  })
  .refine((m) => !(m.openness && OPEN_WEIGHTS.has(m.openness) && !m.license), {
    message: 'an open-weights model needs a licence',
    path: ['license'],
  });
export type Model = z.infer<typeof Model>;

export const Family = z.strictObject({
  ...common,
  kind: z.literal('family'),
  developer: EntityId.nullable(),
  parentFamily: EntityId.nullable(),
  members: z.array(EntityId),
});
export type Family = z.infer<typeof Family>;

export const Product = z.strictObject({
  ...common,
  kind: z.literal('product'),
  developer: EntityId.nullable(),
  released: Release.nullable(),
  poweredBy: z.array(EntityId),
  category: z.enum(['chatbot', 'assistant', 'coding', 'browser', 'app', 'search', 'platform']),
});
export type Product = z.infer<typeof Product>;

export const Organization = z.strictObject({
  ...common,
  kind: z.literal('organization'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2')
    .nullable(),
  orgKind: z.enum(['company', 'lab', 'university', 'government', 'non-profit']),
  founded: z.number().int().min(1000).nullable(),
  headquarters: z.string().nullable(),
  parent: EntityId.nullable(),
});
export type Organization = z.infer<typeof Organization>;

export const Entity = z.discriminatedUnion('kind', [Model, Family, Product, Organization]);
export type Entity = z.infer<typeof Entity>;
export type EntityKind = Entity['kind'];

export const KnowledgeBase = z.strictObject({
  version: z.number().int().positive(),
  asOf: PartialDate,
  credits: z.array(z.string()),
  entities: z.array(Entity),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
