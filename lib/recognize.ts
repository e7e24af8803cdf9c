import { markedForm, normalizeSlice } from './arabic/normalize';
import { type ArticleVerdict, detectArticle } from './article/detect';
import type { AmbiguityRule, Matcher } from './matcher/compile';
import { type RawMatch, scanNames } from './matcher/scan';

export interface Mention {
  start: number;
  end: number;
  text: string;
}
export interface RecognizedEntity {
  id: string;
  mentions: Mention[];
}
export interface Recognition {
  article: ArticleVerdict;
  entities: RecognizedEntity[];
}
export interface RecognizeOptions {
  lang?: string | null;
  hints?: string[];
  /** Report entities even when the text is not Arabic tech news (for look-ups). */
  always?: boolean;
}

/** Words that introduce a company just before its name ("لشركة أمازون", «باحثين في "آبل"», «عملت في «تسلا»», «موظفان سابقان في "آبل"», «نماذج من «ميتا»»). */
const ORG_WORDS =
  /شرك|مجموعه|company|(?:باحث(?:ين|ون|و|ي)|موظف(?:ين|ون|و|ي|ان)?|سابق(?:ه|ين|ون|ان|تان)?|نماذج|نموذج|عمل|عملت|يعمل|تعمل|انضم|انضمت) (?:في|من|لدي|الي) ?["«“]?$/;
/** How close a veto word must be (normalised units, ~5 words). */
const VETO_CONTEXT = 40;

/**
 * A company is the subject of a verb in the feminine, as the Arabic press writes:
 * «أعلنت ميتا»، «وتقول أمازون»، «كشفت أبل» (normalised, the verb just before the name).
 */
const FEMININE_VERBS =
  'قالت|تقول|اعلنت|تعلن|كشفت|تكشف|اكدت|توكد|اوضحت|توضح|اطلقت|تطلق|طرحت|تطرح|ذكرت|تذكر|افادت|تعتزم|اتهمت|استحوذت|وقعت|دخلت|ردت|رفضت|امتنعت|تمتنع|قررت|تقرر|اشترت|باعت|منعت|تمنع|تدفع|دفعت|بدات|تبدا|انهت|تنهي';
const ORG_VERBS = new RegExp(`(?:^|[\\s"«“(])[وف]?(?:${FEMININE_VERBS})[ "«“]*$`);
/** …or of one right after it: «أما "ميتا" فرفضت التوقيع»، «ميتا تبيع نظارتها». */
const ORG_VERB_AFTER = new RegExp(`^[\\s"»”)]*ف?(?:${FEMININE_VERBS}|تبيع|تتيح|تستثمر|تختبر)(?:[^\u0621-\u064a]|$)`);

/**
 * Whether the definite article is glued to the name: the normalised text before it
 * ends with ال (or لل) that begins a word, after و ف ب ك at most.
 */
function definite(before: string): boolean {
  return /(?:^|[^\u0621-\u064a])[وف]?[بك]?(?:ال|لل)$/.test(before);
}

/** Words that introduce a model in the Arabic press (normalised), or in English. */
const MODEL_WORDS = /نموذج|نماذج|model/;

/** How far around an ambiguous mention cues and vetoes are looked for (normalised units, ~12 words). */
const CONTEXT = 90;
/** How far back a product's full name makes a shared short spelling its own (see Ambiguity.nearby). */
const NEARBY = 400;
/** …or, with none there, named this many characters after it at most. */
const AFTER_NEAR = 30;
/**
 * Original characters read for CONTEXT normalised units: a little more than CONTEXT,
 * and four times as much where diacritics and marks fold away.
 */
const CONTEXT_SOURCE = [CONTEXT + 30, 4 * CONTEXT];

/** The normalised CONTEXT units before `start` and after `end` in the text. */
function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  let before = '';
  for (const size of CONTEXT_SOURCE) {
    before = normalizeSlice(text, start - size, start);
    if (before.length >= CONTEXT || start - size <= 0) break;
  }
  let after = '';
  for (const size of CONTEXT_SOURCE) {
    after = normalizeSlice(text, end, end + size, true);
    if (after.length >= CONTEXT || end + size >= text.length) break;
  }
  return { before: before.slice(-CONTEXT), after: after.slice(0, CONTEXT) };
}
/** The verdict reads the normalised start of the text (detect.ts keeps its first 20,000 units). */
const VERDICT_SOURCE = 30_000;

const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

function originalEnd(text: string, m: RawMatch): number {
  let end = m.end;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end++;
  // Keep the last letter's diacritics with the mention ("غوغلُ").
  while (end < text.length && isMark(text.charCodeAt(end))) end++;
  return end;
}

/** Whether a sorted list holds a value within `d` of `x`, other than `x` itself. */
function near(sorted: number[], x: number, d: number): boolean {
  for (let k = firstFrom(sorted, x - d); k < sorted.length && sorted[k]! <= x + d; k++)
    if (sorted[k] !== x) return true;
  return false;
}

/** The index of the first of `sorted` at or after `x` (its length if none). */
function firstFrom(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far around a name a web address is looked for (it is one unbroken run of characters). */
const ADDRESS_REACH = 200;

/**
 * Whether [start, end) stands in a web address: the run of non-space characters around
 * it starts with "http" or "www.", or has a slash and a domain ("openai.com/index/…",
 * "huggingface.co/moonshotai/Kimi-K2-Thinking", "x.ai/news"). A slash between names
 * («أوبن إيه آي/مايكروسوفت»), a handle ("@OpenAI") and a brand written as a domain ("Z.ai") are mentions;
 * a package's scope ("@openai/codex") is not.
 */
export function inWebAddress(text: string, start: number, end: number): boolean {
  // A package's scope ("@openai/codex"): the package's name may be one, the scope is not.
  if (start > 0 && text.charCodeAt(start - 1) === 0x40 && text.charCodeAt(end) === 0x2f) return true;
  // The run's bounds, noting a slash on the way (most runs are a word or two: no regex for them).
  let slash = false;
  let from = start;
  for (; from > 0 && start - from < ADDRESS_REACH; from--) {
    const c = text.charCodeAt(from - 1);
    if (isSpace(c)) break;
    if (c === 0x2f) slash = true;
  }
  let to = end;
  for (; to < text.length && to - end < ADDRESS_REACH; to++) {
    const c = text.charCodeAt(to);
    if (isSpace(c)) break;
    if (c === 0x2f) slash = true;
  }
  for (let k = start; k < end && !slash; k++) if (text.charCodeAt(k) === 0x2f) slash = true;
  if (!slash) {
    const first = text.charCodeAt(from) | 0x20; // h or w (either case) may begin "http" or "www."
    if (first !== 0x68 && first !== 0x77) return false;
    return /^(https?:|www\.)/i.test(text.slice(from, to));
  }
  const run = text.slice(from, to);
  return /^(https?:|www\.)/i.test(run) || /[a-z0-9-]\.[a-z]{2,}/i.test(run);
}

/** What may follow a gloss's opening parenthesis (see parenAfter) before the name, and the name before its close. */
const GLOSS_SPACE = /^\s*$/;
const GLOSS_CLOSE = /^\s*\)/;
const LATIN_START = /^[A-Za-z]/;
/** How far (original characters) the other sense's relatives keep a glossed spelling's other mentions its own. */
const GLOSS_REACH = 150;
/** A gloss in Latin letters in parentheses (from its opening parenthesis) right after a name: «"جيما" (GEMA)». */
const OTHER_GLOSS = /^\(\s*[A-Za-z][A-Za-z0-9 .&'-]{0,40}\)/;

/**
 * «غروك» (Groq): a name in Latin letters in parentheses right beside an Arabic one glosses
 * it, so the Arabic spelling names what the Latin one names (the chip maker Groq, not xAI's
 * Grok, whose letters «غروك» also are). Only between entities that are not each other's
 * developer, family or member, nor share one («جيميناي» (Google) stays Gemini). In either order: "Groq (غروك)".
 * The spelling's other mentions in the article follow the gloss (see below).
 */
function glossed(text: string, resolved: Array<{ entity: number; m: RawMatch }>, matcher: Matcher): void {
  const spread = new Map<number, { from: number; to: number; kin: number[] }>();
  const glossedAt = new Set<number>();
  for (let k = 0; k + 1 < resolved.length; k++) {
    const a = resolved[k]!;
    const b = resolved[k + 1]!;
    if (a.entity === b.entity) continue;
    const aEnd = originalEnd(text, a.m);
    const open = parenAfter(text, aEnd);
    if (open < 0 || b.m.start > open + 4 || !GLOSS_SPACE.test(text.slice(open + 1, b.m.start))) continue;
    if (!GLOSS_CLOSE.test(text.slice(originalEnd(text, b.m), originalEnd(text, b.m) + 8))) continue;
    const aLatin = LATIN_START.test(text.slice(a.m.start, aEnd));
    const bLatin = LATIN_START.test(text.charAt(b.m.start));
    if (aLatin === bLatin) continue;
    const ra = lineage(matcher, a.entity);
    const rb = lineage(matcher, b.entity);
    if (ra.some((r) => rb.includes(r))) continue;
    const arabic = aLatin ? b : a;
    const kin = (aLatin ? rb : ra).slice(1);
    spread.set(arabic.m.terminal, { from: arabic.entity, to: aLatin ? a.entity : b.entity, kin });
    arabic.entity = aLatin ? a.entity : b.entity;
    glossedAt.add(arabic.m.start);
  }
  // The article has said which it means: the same spelling elsewhere names the glossed entity too
  // («غروك» (Groq), then «تبقى غروك شركة مستقلة»), unless the other's relatives are named by it or a
  // model word stands just before it («نموذج «غروك» الذي تطوره «إكس إيه آي»»).
  resolved.forEach((r, k) => {
    const s = spread.get(r.m.terminal);
    if (!s || r.entity !== s.from || glossedAt.has(r.m.start)) return;
    if (MODEL_WORDS.test(normalizeSlice(text, Math.max(0, r.m.start - 16), r.m.start))) return;
    // The mentions are sorted by start: walk out from this one while they are within reach.
    let near = false;
    for (let j = k - 1; !near && j >= 0 && resolved[j]!.m.start >= r.m.start - GLOSS_REACH; j--)
      near = s.kin.includes(resolved[j]!.entity);
    for (let j = k + 1; !near && j < resolved.length && resolved[j]!.m.start <= r.m.end + GLOSS_REACH; j++)
      near = s.kin.includes(resolved[j]!.entity);
    if (!near) r.entity = s.to;
  });
}

/** Quotes that may close a name before its gloss: » " ” “ ″ ′ ' ’ (the press closes with any of them). */
const CLOSING_QUOTES = new Set([0xbb, 0x22, 0x201d, 0x201c, 0x2033, 0x2032, 0x27, 0x2019]);

/** The index of an opening parenthesis a few quotes or spaces after `at`, or -1 (a cheap first look for a gloss). */
function parenAfter(text: string, at: number): number {
  for (let i = at; i < at + 6 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) return i;
    if (!(isSpace(c) || CLOSING_QUOTES.has(c))) return -1;
  }
  return -1;
}

/** An entity and its developers, parents and families, up the tree. */
function lineage(matcher: Matcher, e: number): number[] {
  const out = [e];
  for (let k = 0; k < out.length && out.length < 16; k++)
    for (const r of matcher.related[out[k]!] ?? []) if (!out.includes(r)) out.push(r);
  return out;
}

/** What /\s/ matches: ECMAScript's white space and line terminators. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Finds every KB entity the text names, with exact UTF-16 offsets into `text`,
 * and decides whether the text is Arabic tech news. Ambiguous spellings count
 * only with support: tech news and a cue nearby, or the same entity named
 * unambiguously elsewhere; a veto nearby always wins.
 */
export function recognize(text: string, matcher: Matcher, opts: RecognizeOptions = {}): Recognition {
  // A name inside a web address is not a mention ("huggingface.co/moonshotai/…", "x.ai/news").
  const raw = scanNames(text, matcher.trie).filter((m) => !inWebAddress(text, m.start, m.end));
  const resolved: Array<{ entity: number; m: RawMatch }> = [];
  const pending: Array<{ m: RawMatch; candidates: number[]; context?: { before: string; after: string } }> = [];
  const sure = new Set<number>();
  for (const m of raw) {
    const candidates = matcher.trie.values[m.terminal]!;
    const rules = matcher.ambiguity.get(m.terminal);
    const plain = candidates.filter((c) => !rules?.has(c));
    if (plain.length === 1 && candidates.length === 1) {
      resolved.push({ entity: plain[0]!, m });
      sure.add(plain[0]!);
    } else pending.push({ m, candidates });
  }
  // «"جيما" (GEMA)»: an ambiguous spelling glossed by a Latin name that is no KB name is that
  // other thing wherever the article writes it, unless the article surely names the entity (or a member).
  const glossedAway = new Set<number>();
  for (const { m } of pending) {
    const end = originalEnd(text, m);
    const open = parenAfter(text, end);
    if (open < 0) continue;
    const gloss = OTHER_GLOSS.exec(text.slice(open, end + 60));
    if (!gloss) continue;
    const from = end;
    const to = open + gloss[0].length;
    if (!raw.some((r) => r.start >= from && r.start < to)) glossedAway.add(m.terminal);
  }
  /** The article surely names `c` itself, or one of its members ("Gemma 3" for Gemma). */
  const namedSurely = (c: number) => sure.has(c) || [...sure].some((x) => matcher.related[x]?.includes(c));
  const article = detectArticle({
    normalized: normalizeSlice(text, 0, VERDICT_SOURCE),
    lang: opts.lang,
    entityIds: [...sure].map((i) => matcher.entityIds[i]!),
    hints: opts.hints,
  });
  // In a list such as "مايكروسوفت وأمازون وغوغل", a name the article surely means nearby is a cue.
  // (Distances in original characters; the starts are sorted, as the scanner finds them.)
  const sureStarts = resolved.map((r) => r.m.start);
  const sureModelStarts = resolved.filter((r) => matcher.modelLike[r.entity] === 1).map((r) => r.m.start);
  const nearSure = (m: RawMatch, c: number) =>
    near(sureStarts, m.start, CONTEXT / 3) ||
    // A model family named among other models ("مقارنة بـQwen3 … مع لاما").
    (matcher.modelLike[c] === 1 && near(sureModelStarts, m.start, CONTEXT * 2));
  const sureEntities = resolved.map((r) => r.entity);
  /**
   * Whether a shared short spelling at `m` is `c`'s (see Ambiguity.nearby): among the entities
   * surely named in the NEARBY characters before it, the nearest that is one of `candidates`
   * (or its developer, family or parent) is `c`'s; with none there, the first such named in the
   * AFTER_NEAR characters after it; with none there either, `c`'s are named more often in the
   * whole article than each other candidate's.
   */
  const ownsShortName = (m: RawMatch, c: number, candidates: number[]) => {
    const own = (x: number, e: number) => e === x || (matcher.related[x] ?? []).includes(e);
    /** Whether sure name k decides: c's (true), another candidate's (false), or neither (undefined). */
    const decides = (k: number) => {
      const e = sureEntities[k]!;
      if (own(c, e)) return true;
      return candidates.some((o) => o !== c && own(o, e)) ? false : undefined;
    };
    for (let k = firstFrom(sureStarts, m.start) - 1; k >= 0 && sureStarts[k]! >= m.start - NEARBY; k--) {
      const d = decides(k);
      if (d !== undefined) return d;
    }
    // Named just after it («كوبايلت بتاع جيت هاب», «كوبايلوت من GitHub»).
    for (let k = firstFrom(sureStarts, m.end); k < sureStarts.length && sureStarts[k]! <= m.end + AFTER_NEAR; k++) {
      const d = decides(k);
      if (d !== undefined) return d;
    }
    const count = (x: number) => sureEntities.filter((e) => own(x, e)).length;
    const mine = count(c);
    return candidates.every((o) => o === c || count(o) < mine);
  };
  // An entity is supported when the article surely names it, its developer, its family or a member:
  // "كلود" beside "أنثروبيك" or "Claude Sonnet 4", "كيمي" beside "Kimi K2".
  const supportedBy = (names: Set<number>) => {
    const relatives = new Set<number>();
    for (const n of names) {
      relatives.add(n);
      for (const r of matcher.related[n] ?? []) relatives.add(r);
    }
    return (c: number) => relatives.has(c) || (matcher.related[c] ?? []).some((r) => names.has(r));
  };
  const isSupported = supportedBy(sure);
  // "نموذج «علّام»": a model word just before or after introduces a model, family or product.
  const modelWordNear = (before: string, after: string, c: number) =>
    matcher.modelLike[c] === 1 && MODEL_WORDS.test(`${before.slice(-40)} ${after.slice(0, 20)}`);
  // Two passes: a name accepted by its cues in one place supports its other mentions
  // ("كشفت ميتا عن نظارات…" then "منتج ميتا"), unless a veto stands next to them.
  const accepted = new Set<number>();
  // In tech news, a name accepted by its cues in the first pass also supports its developer, family
  // or members in the second ("رفضتها ميتا" accepted, then "منتجاتها على لاما").
  let byAccepted = (_c: number) => false;
  // A model's or product's spelling vetoed as a person («المدرب الفرنسي كلود فاليير») is that person
  // again wherever the same next word follows it («غير أن كلود فاليير»: the surname).
  const surname = new Map<string, Set<string>>();
  const vetoedAt = new Set<number>();
  const modelLikeRules = (p: (typeof pending)[number]) => {
    const rules = matcher.ambiguity.get(p.m.terminal);
    return p.candidates.flatMap((c) => {
      const rule = rules?.get(c);
      return rule && matcher.modelLike[c] === 1 ? [{ rule, key: `${p.m.terminal}:${c}` }] : [];
    });
  };
  const followed = pending.map((p) => {
    p.context ??= contextOf(text, p.m.start, p.m.end);
    return { p, next: nextWord(p.context.after), rules: modelLikeRules(p) };
  });
  for (const { p, next, rules } of followed) {
    if (!next || !rules.length) continue;
    const near = nearOf(p.context!);
    for (const { rule, key } of rules)
      if (vetoed(rule, p.m, near)) surname.set(key, (surname.get(key) ?? new Set()).add(next));
  }
  for (const { p, next, rules } of followed)
    if (next && rules.some(({ key }) => surname.get(key)?.has(next))) vetoedAt.add(p.m.start);
  let left = pending;
  for (let pass = 0; pass < 2 && left.length; pass++) {
    const next: typeof pending = [];
    for (const p of left) {
      p.context ??= contextOf(text, p.m.start, p.m.end);
      const chosen = choose(p.m, p.candidates, p.context, pass === 1);
      if (chosen >= 0) {
        resolved.push({ entity: chosen, m: p.m });
        accepted.add(chosen);
      } else next.push(p);
    }
    left = next;
    if (pass === 0 && article.isTechNews) byAccepted = supportedBy(accepted);
  }
  /** Vetoes are words next to the name ("غابات الأمازون"), not anywhere in the paragraph. */
  function nearOf({ before, after }: { before: string; after: string }): string {
    // Not across a line break: the next ticker item or paragraph is not next to the name.
    const b = before.slice(-VETO_CONTEXT);
    const a = after.slice(0, VETO_CONTEXT);
    const nl = a.indexOf('\n');
    return `${b.slice(b.lastIndexOf('\n') + 1)}~${nl < 0 ? a : a.slice(0, nl)}`;
  }
  /** The first word of a context after a mention (Arabic letters, 3 or more), or ''. */
  function nextWord(after: string): string {
    const w = /^[\s«»"“”'()]*([\u0621-\u064a]{3,})/.exec(after);
    return w ? w[1]! : '';
  }
  /** A veto word or pattern stands by the mention, or it is written as the other word («علامَ»). */
  function vetoed(rule: AmbiguityRule, m: RawMatch, near: string): boolean {
    return rule.marked?.includes(markedForm(text, m.start, m.end)) || rule.vetoes.some((v) => near.includes(v));
  }
  function choose(
    m: RawMatch,
    candidates: number[],
    { before, after }: { before: string; after: string },
    secondPass: boolean,
  ): number {
    const rules = matcher.ambiguity.get(m.terminal);
    // The mention stands as ~ between its context windows: a cue or veto may include it («شركة ~», «~ شانون»).
    const context = `${before}~${after}`;
    const near = nearOf({ before, after });
    for (const c of candidates) {
      const rule = rules?.get(c);
      if (!rule) return c;
      if (vetoed(rule, m, near)) continue;
      if (glossedAway.has(m.terminal) && !namedSurely(c)) continue;
      if (rule.article && definite(before)) continue;
      if (rule.nearby) {
        if (ownsShortName(m, c, candidates)) return c;
        continue;
      }
      if (matcher.modelLike[c] === 1 && vetoedAt.has(m.start)) continue;
      // The other sense's owner surely named in the article (Boston Dynamics, for «أطلس»): only a cue accepts.
      const strict = rule.rivals?.some((r) => sure.has(r)) === true;
      if (!strict && (isSupported(c) || (secondPass && (accepted.has(c) || byAccepted(c))))) return c;
      const cued =
        article.isTechNews &&
        (rule.cues.some((q) => context.includes(q)) ||
          (!strict &&
            (nearSure(m, c) ||
              modelWordNear(before, after, c) ||
              (matcher.modelLike[c] === 0 &&
                (ORG_WORDS.test(before.slice(-16)) ||
                  ORG_VERBS.test(before.slice(-16)) ||
                  ORG_VERB_AFTER.test(after.slice(0, 16)))))));
      if (cued) return c;
    }
    return -1;
  }
  if (!article.isTechNews && !opts.always) return { article, entities: [] };
  resolved.sort((a, b) => a.m.start - b.m.start);
  glossed(text, resolved, matcher);
  const byEntity = new Map<number, Mention[]>();
  for (const { entity, m } of resolved) {
    const start = m.start;
    const end = originalEnd(text, m);
    const list = byEntity.get(entity) ?? [];
    list.push({ start, end, text: text.slice(start, end) });
    byEntity.set(entity, list);
  }
  return {
    article,
    entities: [...byEntity].map(([e, mentions]) => ({ id: matcher.entityIds[e]!, mentions })),
  };
}
