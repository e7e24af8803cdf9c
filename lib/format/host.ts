/**
 * A site as Kashif stores it: the lower-case host name without "www." or a
 * trailing dot. Accepts what a reader types ("Example.com", "https://www.example.com/news")
 * and a page URL; null for anything that is not a web host (IP addresses included:
 * a permission for them would be odd to ask for).
 */
export function siteOf(input: string | null | undefined): string | null {
  const text = (input ?? '').trim();
  if (!text) return null;
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (host.length > 253 || !/^[a-z0-9.-]+$/.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !l || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) return null;
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return null;
  return host;
}

/** Whether `host` is `site` or one of its subdomains. */
export function hostIsIn(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** The optional host permission pattern for a site and its subdomains. */
export function originPatternOf(site: string): string {
  return `*://*.${site}/*`;
}
