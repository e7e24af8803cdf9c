import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where browser tests save screenshots (kept by CI as artifacts). */
export const ARTIFACTS_DIR = resolve(process.env.KASHIF_ARTIFACTS ?? 'test-results/screenshots');

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
