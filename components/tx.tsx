import type { ComponentChildren } from 'preact';
import { type Lang, type MessageKey, t } from '../lib/i18n';

/**
 * A UI string with elements in its placeholders, e.g. a Latin name isolated in
 * `<bdi>` inside an Arabic sentence. The string is looked up with markers in
 * place of the substitutions, then split on them.
 */
export function tx(lang: Lang, key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren[] {
  const markers = parts.map((_, i) => `\uE000${i}\uE000`);
  return t(lang, key, ...markers)
    .split(/\uE000(\d+)\uE000/)
    .map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece))
    .filter((piece) => piece !== '');
}
