import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AnalysisReply,
  BackgroundToContent,
  ContentToBackground,
  parseMessage,
  UiToBackground,
} from '../../../lib/messages';
import { parseSettings } from '../../../lib/settings';

describe('messages', () => {
  it('are parsed without generating code: an extension CSP forbids eval, and a strict one reports the attempt', () => {
    const Real = globalThis.Function;
    const made: unknown[] = [];
    globalThis.Function = new Proxy(Real, {
      construct(target, args) {
        made.push(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        made.push(args);
        return Reflect.apply(target, self, args);
      },
    });
    try {
      for (let k = 0; k < 3; k++) {
        expect(
          parseMessage(BackgroundToContent, { type: 'focus-mention', entityId: 'openai', index: 0 }),
        ).not.toBeNull();
        expect(
          parseMessage(AnalysisReply, {
            article: { language: 'ar', isTechNews: true, score: 9, reasons: [] },
            entities: [{ id: 'openai', style: 'closed', spans: [0, 6] }],
          }),
        ).not.toBeNull();
        expect(parseSettings({ version: 2, hoverCard: false }).settings.hoverCard).toBe(false);
      }
    } finally {
      globalThis.Function = Real;
    }
    expect(made).toEqual([]);
  });

  it('parses a valid content message', () => {
    expect(parseMessage(ContentToBackground, { type: 'analyse-text', text: 'x', lang: 'ar', hints: [] })).toEqual({
      type: 'analyse-text',
      text: 'x',
      lang: 'ar',
      hints: [],
    });
  });
  it('rejects unknown types and extra keys without throwing', () => {
    expect(parseMessage(ContentToBackground, { type: 'nope' })).toBeNull();
    expect(
      parseMessage(ContentToBackground, { type: 'analyse-text', text: 'x', lang: null, hints: [], extra: 1 }),
    ).toBeNull();
    expect(parseMessage(UiToBackground, { type: 'get-tab-state', tabId: -1 })).toBeNull();
  });
  it('never throws on arbitrary input (fuzz, 1000 cases)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        parseMessage(ContentToBackground, raw);
        parseMessage(UiToBackground, raw);
      }),
      { numRuns: 1000 },
    );
  });

  it('reply spans are start/end pairs: odd counts, empty or backward spans and negatives are refused', () => {
    const reply = (spans: unknown) => ({
      article: { language: 'ar', isTechNews: true, score: 8, reasons: [] },
      entities: [{ id: 'openai', style: 'org', spans }],
    });
    expect(parseMessage(AnalysisReply, reply([3, 9, 20, 26]))).not.toBeNull();
    for (const bad of [[3], [3, 3], [9, 3], [-1, 4], [1.5, 4], ['3', '9']])
      expect(parseMessage(AnalysisReply, reply(bad)), JSON.stringify(bad)).toBeNull();
  });
});
