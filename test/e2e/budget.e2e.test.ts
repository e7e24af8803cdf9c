import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * What every listed page loads before an article is found: the gate content script.
 * The budget is 50 KB minified + gzip; the gate stays far below it by leaving
 * the schema library, the matcher and the UI to the page script, which the background
 * injects only into article pages.
 */
describe('content script budget (the real builds)', () => {
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
    it(`${dir}: the gate is under 50 KB gzipped and carries no schema library or UI`, () => {
      const gate = readFileSync(`${dir}/content-scripts/content.js`);
      expect(gzipSync(gate).length).toBeLessThan(50 * 1024);
      const text = gate.toString('utf8');
      expect(text).not.toContain('ZodError');
      expect(text).not.toContain('__kashifHoverCard');
      // The page script it brings in is the one that holds them.
      expect(readFileSync(`${dir}/kashif-page.js`, 'utf8')).toContain('analyse-text');
    });
  }
});
