import { z } from 'zod';

/**
 * zod, configured for an extension: no compiled parsers. zod would otherwise probe
 * `new Function` on its first object parse (and compile parsers with it where it
 * may); an extension's CSP forbids eval everywhere, so the probe only fails, and a
 * strict CSP reports the failed attempt as a violation. Every schema module imports
 * `z` from here.
 */
z.config({ jitless: true });

export { z };
