import { z } from 'zod';

/**
 * Messages between the extension's parts, one zod union per direction. Anything
 * that arrives from `runtime.onMessage` is `unknown` until parsed here.
 */

export const Mention = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(500),
});
export type Mention = z.infer<typeof Mention>;

export const ArticleVerdict = z.strictObject({
  language: z.string().max(10),
  isTechNews: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string().max(200)).max(50),
});
export type ArticleVerdict = z.infer<typeof ArticleVerdict>;

export const EntityHit = z.strictObject({
  id: z.string().max(120),
  count: z.number().int().positive(),
});
export type EntityHit = z.infer<typeof EntityHit>;

/** What the background knows of one tab's page. */
export const TabState = z.strictObject({
  url: z.string().max(4096),
  title: z.string().max(1000),
  status: z.enum(['analysing', 'article', 'not-article', 'off']),
  article: ArticleVerdict.nullable(),
  published: z.string().max(40).nullable(),
  entities: z.array(EntityHit).max(2000),
});
export type TabState = z.infer<typeof TabState>;

/** Content script → background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('analyse-text'),
    /** The article's text, as collected from the page. */
    text: z.string().max(5_000_000),
    lang: z.string().max(20).nullable(),
  }),
  z.strictObject({ type: z.literal('report-page'), state: TabState }),
  z.strictObject({ type: z.literal('open-panel'), entityId: z.string().max(120).nullable() }),
  z.strictObject({ type: z.literal('get-entity'), id: z.string().max(120) }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Panel or popup → background. */
export const UiToBackground = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-tab-state'), tabId: z.number().int().nonnegative().nullable() }),
  z.strictObject({ type: z.literal('get-entities'), ids: z.array(z.string().max(120)).max(2000) }),
  z.strictObject({ type: z.literal('search'), query: z.string().max(200), limit: z.number().int().min(1).max(50) }),
]);
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Background → panel and popup (broadcast). */
export const BackgroundToUi = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tab-state-changed'), tabId: z.number().int().nonnegative(), state: TabState }),
]);
export type BackgroundToUi = z.infer<typeof BackgroundToUi>;

/** Parses an unknown message; returns null (never throws) when it is not one of ours. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  const result = schema.safeParse(raw);
  return result.success ? result.data : null;
}
