import { render } from 'preact';
import type { HighlightStyle } from '../../lib/article/highlight-style';
import { dirOf, type Lang, t } from '../../lib/i18n';
import type { EntityCardData } from '../../lib/kb/card';
import css from './hover-card.css?inline';

export interface HoverCardProps {
  lang: Lang;
  card: EntityCardData;
  style: HighlightStyle;
  hint: string | null;
  onMore: () => void;
  onClose: () => void;
}

function badgeText(lang: Lang, card: EntityCardData, style: HighlightStyle): string {
  if (style === 'org') return t(lang, 'kind_organization');
  if (style === 'open') return `${t(lang, 'badgeOpen')}${card.license ? ` · ${card.license}` : ''}`;
  if (style === 'closed') return t(lang, 'badgeClosed');
  return t(lang, `kind_${card.kind}`);
}

/** The compact card shown on hover or keyboard focus of a mention. */
function HoverCard({ lang, card, style, hint, onMore, onClose }: HoverCardProps) {
  const title = lang === 'ar' && card.nameAr ? card.nameAr : card.name;
  const region = card.country
    ? (new Intl.DisplayNames([lang], { type: 'region' }).of(card.country) ?? card.country)
    : null;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={`${t(lang, 'extShortName')}: ${card.name}`}
      dir={dirOf(lang)}
      lang={lang}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div>
        <span class="name">{title}</span>
        {title !== card.name ? (
          <bdi class="latin" dir="ltr">
            {card.name}
          </bdi>
        ) : null}
      </div>
      <span class={`badge ${style}`}>
        <bdi>{badgeText(lang, card, style)}</bdi>
      </span>
      <dl>
        {card.released ? (
          <>
            <dt>{t(lang, 'fieldReleased')}</dt>
            <dd>
              <bdi>{card.released.date}</bdi>
            </dd>
          </>
        ) : null}
        {card.developer ? (
          <>
            <dt>{t(lang, 'fieldDeveloper')}</dt>
            <dd>{lang === 'ar' && card.developer.nameAr ? card.developer.nameAr : <bdi>{card.developer.name}</bdi>}</dd>
          </>
        ) : null}
        {region ? (
          <>
            <dt>{t(lang, 'fieldCountry')}</dt>
            <dd>{region}</dd>
          </>
        ) : null}
      </dl>
      <div class="actions">
        <button type="button" onClick={onMore}>
          {t(lang, 'moreInPanel')}
        </button>
        {hint ? <span class="hint">{hint}</span> : null}
      </div>
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
    style.textContent = css;
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
