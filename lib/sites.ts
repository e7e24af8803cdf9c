/**
 * Arabic news and tech-news sites where Kashif runs by default. Each entry is a
 * registrable domain; its subdomains are included. Every other site is the
 * reader's choice (an optional host permission asked for at run time).
 */
export const BUILTIN_SITES: readonly string[] = [
  'aawsat.com',
  'aitnews.com',
  'akhbarelyom.com',
  'alarabiya.net',
  'albayan.ae',
  'alghad.com',
  'alittihad.ae',
  'aljazeera.net',
  'alkhaleej.ae',
  'almasryalyoum.com',
  'alraimedia.com',
  'alriyadh.com',
  'alsawsana.com',
  'alwatan.com.sa',
  'alyaum.com',
  'annahar.com',
  'ar.technologyreview.com',
  'arab48.com',
  'arabhardware.net',
  'arabic.cnn.com',
  'arabic.rt.com',
  'asharq.com',
  'bbc.com',
  'elaph.com',
  'emaratalyoum.com',
  'france24.com',
  'hespress.com',
  'independentarabia.com',
  'masrawy.com',
  'okaz.com.sa',
  'sabq.org',
  'skynewsarabia.com',
  'tech-wd.com',
  'unlimit-tech.com',
  'youm7.com',
];

/** Match patterns for a list of domains: `*.site` matches the domain and its subdomains. */
export function matchPatternsFor(domains: readonly string[]): string[] {
  return domains.map((d) => `*://*.${d}/*`);
}

/** Whether a hostname is a built-in site or one of its subdomains. */
export function isBuiltinHost(hostname: string, sites: readonly string[] = BUILTIN_SITES): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((d) => host === d || host.endsWith(`.${d}`));
}
