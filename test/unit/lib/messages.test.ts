import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentToBackground, parseMessage, UiToBackground } from '../../../lib/messages';

describe('messages', () => {
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
});
