import kbJson from '../../assets/kb/kb.json';
import matcherJson from '../../assets/kb/matcher.json';
import { highlightStyleOf } from '../../lib/article/highlight-style-of';
import { cardOf, type EntityCardData } from '../../lib/kb/card';
import { indexKb, type Kb } from '../../lib/kb/load';
import type { KnowledgeBase } from '../../lib/kb/schema';
import {
  compileMatcher,
  loadMatcher,
  type Matcher,
  type MatcherData,
  type UserAliases,
} from '../../lib/matcher/compile';
import type { AnalysisReply } from '../../lib/messages';
import { recognize } from '../../lib/recognize';

/**
 * The KB and the compiled matcher, loaded on first use (an article page), not at
 * start-up. The bundled KB was validated by the build and by the data tests, so it
 * is indexed without a second zod pass. The reader's own aliases recompile the
 * matcher (a few ms) when they change.
 */
export function createEngine() {
  let kb: Kb | null = null;
  let matcher: Matcher | null = null;
  let aliasesKey = '{}';
  const ensure = () => {
    kb ??= indexKb(kbJson as unknown as KnowledgeBase);
    matcher ??= loadMatcher(matcherJson as unknown as MatcherData);
    return { kb, matcher };
  };
  return {
    setUserAliases(aliases: UserAliases) {
      const key = JSON.stringify(aliases);
      if (key === aliasesKey) return;
      aliasesKey = key;
      const { kb } = ensure();
      matcher = Object.keys(aliases).length
        ? compileMatcher(kb.raw, aliases).matcher
        : loadMatcher(matcherJson as unknown as MatcherData);
    },
    analyse(text: string, lang: string | null, hints: string[]): AnalysisReply {
      const { kb, matcher } = ensure();
      const r = recognize(text, matcher, { lang, hints });
      return {
        article: r.article,
        entities: r.entities.map((e) => ({
          id: e.id,
          style: highlightStyleOf(kb.byId.get(e.id)!),
          spans: e.mentions.flatMap((m) => [m.start, m.end]),
        })),
      };
    },
    card(id: string): EntityCardData | null {
      const { kb } = ensure();
      const e = kb.byId.get(id);
      return e ? cardOf(kb, e) : null;
    },
  };
}
