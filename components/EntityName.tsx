import type { Lang } from '../lib/i18n';

interface Props {
  entity: { name: string; nameAr: string | null };
  lang: Lang;
  /** Show the Latin name after the Arabic one (default true). */
  withLatin?: boolean;
}

/**
 * An entity's name as the reader's language writes it: in Arabic the Arabic
 * name, then the Latin one isolated (`<bdi dir="ltr">`) so "GPT-4" never reorders
 * the sentence around it; in English the Latin name alone.
 */
export function EntityName({ entity, lang, withLatin = true }: Props) {
  if (lang === 'ar' && entity.nameAr) {
    return (
      <span class="k-name">
        <span class="k-name-main">{entity.nameAr}</span>
        {withLatin ? (
          <>
            {' '}
            <bdi dir="ltr" class="k-name-latin">
              {entity.name}
            </bdi>
          </>
        ) : null}
      </span>
    );
  }
  return (
    <span class="k-name">
      <bdi dir="ltr" class="k-name-main">
        {entity.name}
      </bdi>
    </span>
  );
}
