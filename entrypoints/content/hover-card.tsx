import { render } from 'preact';
import cardCss from '../../assets/styles/card.css?inline';
import tokensCss from '../../assets/styles/tokens.css?inline';
import { EntityCard } from '../../components/EntityCard';
import type { HighlightStyle } from '../../lib/article/highlight-style';
import { dirOf, type Lang, t } from '../../lib/i18n';
import type { EntityCardData } from '../../lib/kb/card';
import css from './hover-card.css?inline';

export interface HoverCardProps {
  lang: Lang;
  /** The reader's digits (٢٠٢٥ or 2025). */
  digits: 'arab' | 'latn';
  card: EntityCardData;
  style: HighlightStyle;
  hint: string | null;
  onMore: () => void;
  onClose: () => void;
}

/** The shared card in its compact variant, with the Firefox hint when the sidebar cannot open. */
function HoverCard({ lang, digits, card, hint, onMore, onClose }: HoverCardProps) {
  return (
    <div
      class="card"
      role="dialog"
      aria-label={`${t(lang, 'extShortName')}: ${card.name}`}
      dir={dirOf(lang)}
      lang={lang}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <EntityCard card={card} fmt={{ lang, digits }} variant="compact" headingLevel={2} onMore={() => onMore()} />
      {hint ? (
        <p class="hint" role="status">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface HoverCardHost {
  show(props: HoverCardProps, anchor: DOMRect, focus: boolean): void;
  hide(): void;
  contains(node: EventTarget | null): boolean;
  remove(): void;
}

/**
 * The card's host: one custom element with a closed shadow root, added to the
 * page only when a card is first shown, so the page's CSS cannot reach the card
 * and ours cannot leak out.
 */
export function createHoverCardHost(doc: Document): HoverCardHost {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  const ensure = () => {
    if (host?.isConnected && mount) return mount;
    host = doc.createElement('kashif-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `${tokensCss}\n${cardCss}\n${css}`;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    return mount;
  };
  return {
    show(props, anchor, focus) {
      const root = ensure();
      render(<HoverCard {...props} />, root);
      const card = root.firstElementChild as HTMLElement;
      const width = Math.min(340, doc.documentElement.clientWidth - 16);
      const left = Math.max(8, Math.min(anchor.left, doc.documentElement.clientWidth - width - 8));
      const below = anchor.bottom + 8;
      card.style.left = `${left}px`;
      card.style.top = `${below + 200 > doc.documentElement.clientHeight ? Math.max(8, anchor.top - 8 - card.offsetHeight) : below}px`;
      requestAnimationFrame(() => card.classList.add('open'));
      if (focus) card.querySelector('button')?.focus();
    },
    hide() {
      if (mount) render(null, mount);
    },
    contains(node) {
      return !!host && node === host;
    },
    remove() {
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
    },
  };
}
