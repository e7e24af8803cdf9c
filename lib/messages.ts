import { z } from './zod';

/**
 * Messages between the extension's parts, one zod union per direction. Anything
 * that arrives from `runtime.onMessage` is `unknown` until parsed here.
 *
 * Each schema is built on first use (`z.lazy`): zod builds a schema's objects where
 * it is declared, and declaring all of these cost the page script 10–15 ms of its
 * first task in Chromium, on every article page, though it parses only two of them,
 * later.
 */

export const ArticleVerdict = z.lazy(() =>
  z.strictObject({
    language: z.string().max(10),
    isTechNews: z.boolean(),
    score: z.number(),
    reasons: z.array(z.string().max(200)).max(50),
  }),
);
export type ArticleVerdict = z.infer<typeof ArticleVerdict>;

export const EntityHit = z.lazy(() =>
  z.strictObject({
    id: z.string().max(120),
    count: z.number().int().positive(),
  }),
);
export type EntityHit = z.infer<typeof EntityHit>;

/**
 * Mention spans on the wire: [start0, end0, start1, end1, …] (UTF-16 offsets into
 * the text the content script sent; it has the text, so the words are not sent
 * back). Flat numbers: a 100,000-word page's 5,000 mentions parse and validate in
 * a fraction of the time of objects.
 */
export const Spans = z.lazy(() =>
  z
    .array(z.number().int().nonnegative())
    .max(400_000)
    .refine((a) => a.length % 2 === 0 && a.every((v, i) => i % 2 === 0 || v > a[i - 1]!), {
      message: 'spans are start/end pairs with end > start',
    }),
);

/** The background's answer to `analyse-text`: the verdict and each entity's mention spans. */
export const AnalysisReply = z.lazy(() =>
  z.strictObject({
    article: ArticleVerdict,
    entities: z
      .array(
        z.strictObject({
          id: z.string().max(120),
          style: z.enum(['open', 'closed', 'org', 'other']),
          spans: Spans,
        }),
      )
      .max(5000),
  }),
);
export type AnalysisReply = z.infer<typeof AnalysisReply>;

/** What the background knows of one tab's page. */
export const TabState = z.lazy(() =>
  z.strictObject({
    url: z.string().max(4096),
    title: z.string().max(1000),
    status: z.enum(['analysing', 'article', 'not-article', 'off']),
    article: ArticleVerdict.nullable(),
    published: z.string().max(40).nullable(),
    entities: z.array(EntityHit).max(2000),
  }),
);
export type TabState = z.infer<typeof TabState>;

const TabId = z.number().int().nonnegative();
const EntityIdRef = z.string().max(120);

/** Content script → background. */
export const ContentToBackground = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('analyse-text'),
      /** The article's text, as collected from the page. */
      text: z.string().max(5_000_000),
      lang: z.string().max(20).nullable(),
      /** Page signals for the tech-news verdict (e.g. a JSON-LD section). */
      hints: z.array(z.string().max(200)).max(10),
    }),
    z.strictObject({ type: z.literal('report-page'), state: TabState }),
    /** The reader clicked "more" on a card: open the side panel on that entity. */
    z.strictObject({ type: z.literal('open-panel'), entityId: EntityIdRef.nullable() }),
    /** Load the hover card's UI into this page (once, on an article page). */
    z.strictObject({ type: z.literal('load-card-ui') }),
    /** The gate saw an Arabic article: bring in the page script. */
    z.strictObject({ type: z.literal('page-ready') }),
    /** The hover card's data for an entity. */
    z.strictObject({ type: z.literal('get-card'), id: EntityIdRef }),
  ]),
);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Panel or popup → background. */
export const UiToBackground = z.lazy(() =>
  z.discriminatedUnion('type', [
    /** The page state of a tab (null: the active tab, else the latest reported page). */
    z.strictObject({ type: z.literal('get-tab-state'), tabId: TabId.nullable() }),
    /** Scroll the page to an entity's n-th mention and show its card. */
    z.strictObject({
      type: z.literal('focus-mention'),
      tabId: TabId.nullable(),
      entityId: EntityIdRef,
      index: z.number().int().nonnegative(),
    }),
    /** One-off scan of the tab (activeTab), or after the reader enabled its site. */
    z.strictObject({ type: z.literal('scan-tab'), tabId: TabId.nullable() }),
    /** The reader turned the tab's site on or off (settings already saved by the UI). */
    z.strictObject({ type: z.literal('site-changed'), tabId: TabId.nullable(), enabled: z.boolean() }),
  ]),
);
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Background → panel and popup (broadcast). */
export const BackgroundToUi = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('tab-state-changed'), tabId: TabId, state: TabState }),
    /** Show this entity in the panel (the reader chose it on the page). */
    z.strictObject({ type: z.literal('show-entity'), tabId: TabId, entityId: EntityIdRef }),
  ]),
);
export type BackgroundToUi = z.infer<typeof BackgroundToUi>;

/** Background → content script. */
export const BackgroundToContent = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('focus-mention'), entityId: EntityIdRef, index: z.number().int().nonnegative() }),
    z.strictObject({ type: z.literal('next-mention'), step: z.union([z.literal(1), z.literal(-1)]) }),
    z.strictObject({ type: z.literal('rescan') }),
    z.strictObject({ type: z.literal('turn-off') }),
  ]),
);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;
/** Parses an unknown message; returns null (never throws) when it is not one of ours. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  const result = schema.safeParse(raw);
  return result.success ? result.data : null;
}
