import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Store rules we can check on the built extensions (Chrome Web Store and addons.mozilla.org). */
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];

function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

for (const [browser, dir] of [
  ['chrome', '.output/chrome-mv3'],
  ['firefox', '.output/firefox-mv3'],
] as const) {
  describe(`${browser} build is store-ready`, () => {
    const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
    const messages = (lang: string) => JSON.parse(readFileSync(`${dir}/_locales/${lang}/messages.json`, 'utf8'));
    it('is Manifest V3 with localised name and description within the stores’ limits', () => {
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.default_locale).toBe('ar');
      for (const lang of ['ar', 'en']) {
        const m = messages(lang);
        expect(m.extName.message.length).toBeLessThanOrEqual(75);
        expect(m.extShortName.message.length).toBeLessThanOrEqual(12);
        expect(m.extDescription.message.length).toBeLessThanOrEqual(132);
      }
    });
    it('has icons of the declared sizes', () => {
      for (const [size, file] of Object.entries(manifest.icons as Record<string, string>)) {
        expect(pngSize(`${dir}/${file}`)).toEqual([Number(size), Number(size)]);
      }
      expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    });
    it('asks only for the permissions the README justifies, with the default CSP and no remote code', () => {
      const perms = [...manifest.permissions].filter((p: string) => p !== 'sidePanel').sort();
      expect(perms).toEqual(PERMISSIONS);
      if (browser === 'chrome') expect(manifest.permissions).toContain('sidePanel');
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
      expect(manifest.host_permissions.every((h: string) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(h))).toBe(true);
      expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!epoch)/);
    });
    if (browser === 'firefox') {
      it('declares its gecko id, minimum version and that it collects no data', () => {
        const gecko = manifest.browser_specific_settings.gecko;
        expect(gecko.id).toBe('kashif@kashif-extension.org');
        expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
        expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
        expect(manifest.sidebar_action.open_at_install).toBe(false);
      });
    } else {
      it('declares the side panel', () => {
        expect(manifest.side_panel.default_path).toBe('sidepanel.html');
      });
    }
  });
}
