import { nameKey } from '../arabic/key';
import { markedForm, normalizeText } from '../arabic/normalize';
import type { KnowledgeBase } from '../kb/schema';
import { arabicNames, spellingsOf } from '../kb/validate';
import { type CompiledTrie, childOf, compileTrie, deserializeTrie, type SerializedTrie, serializeTrie } from './trie';

/** Context rules of one ambiguous (spelling, entity) pair, normalised. */
export interface AmbiguityRule {
  cues: string[];
  vetoes: string[];
  /** The definite article glued to the name means the other sense. */
  article?: true;
  /** Spellings of the mention, marks kept (tatweel and invisible controls dropped), that mean the other sense. */
  marked?: string[];
  /** This sense only where the entity or its developer was surely named just before (see Ambiguity). */
  nearby?: true;
  /**
   * Entities whose names are among the vetoes (the other sense's owner: Boston Dynamics for the
   * robot «أطلس», Unitree for its robot R1). Where the article surely names one, only a cue
   * accepts the mention.
   */
  rivals?: number[];
}

/** What `npm run kb:build` writes to assets/kb/matcher.json. */
export interface MatcherData {
  kbVersion: number;
  asOf: string;
  entityIds: string[];
  trie: SerializedTrie;
  /** terminal index → entity index → rule. Pairs absent here are unambiguous. */
  ambiguity: Record<string, Record<string, AmbiguityRule>>;
  /** Per entity: whether it is a model, family or product (the things "نموذج" introduces). */
  modelLike: number[];
  /** Per entity: the entities it is tied to (developer, family, parent family). */
  related: number[][];
}

export interface Matcher {
  entityIds: string[];
  trie: CompiledTrie;
  ambiguity: Map<number, Map<number, AmbiguityRule>>;
  modelLike: Uint8Array;
  related: number[][];
}

/** Extra spellings the reader added in the options: entity id → spellings. */
export type UserAliases = Record<string, string[]>;

function terminalOf(trie: CompiledTrie, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = childOf(trie, node, key.charCodeAt(i));
  return node >= 0 ? trie.terminal[node]! : -1;
}

/** Intro words (normalised, with a separator after) that a family's collective spelling begins with: «نماذج لاما». */
const INTRO = /^(نموذج|نماذج|عايله|سلسله) /;

/** Words of model names as the Arabic press writes them («جي بي تي-4o ميني», «جيميني 2.0 فلاش»). */
const TAIL_WORDS: Record<string, string> = {
  mini: 'ميني',
  pro: 'برو',
  flash: 'فلاش',
  turbo: 'توربو',
  max: 'ماكس',
  plus: 'بلس',
  ultra: 'ألترا',
  nano: 'نانو',
  lite: 'لايت',
  large: 'لارج',
  medium: 'ميديوم',
  small: 'سمول',
  sonnet: 'سونيت',
  opus: 'أوبس',
  haiku: 'هايكو',
  vision: 'فيجن',
  coder: 'كودر',
  fast: 'فاست',
};

/** `rest` with its known Latin words in Arabic letters (the version numbers stay). */
function transliterated(rest: string): string {
  return rest.replace(/[A-Za-z]+/g, (w) => TAIL_WORDS[w.toLowerCase()] ?? w);
}

/**
 * A model named with its family's (or developer's) Arabic name and the rest of its
 * English name, as the Arabic press often writes it: «لاما 3.1 405B» (Llama 3.1
 * 405B), «ميكسترال 8x7B», «جيميني 2.5 Pro», «ديب سيك V3», and with the usual words
 * of model names in Arabic letters («جي بي تي-4o ميني»); a product likewise with its
 * developer's («إنفيديا ACE», «ميتا AI»). Derived for every model (product) whose English
 * name (or English alias) begins with its family's or developer's (developer's) English
 * name; collective spellings («نماذج لاما») are not used.
 */
function mixedSpellings(kb: KnowledgeBase, index: Map<string, number>): Array<{ key: string; value: number }> {
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  // Each owner's Arabic spellings, collective ones left out (many models share an owner).
  const arabicOf = new Map<string, string[]>();
  const arabicSpellings = (owner: KnowledgeBase['entities'][number]) => {
    let list = arabicOf.get(owner.id);
    if (!list) {
      list = arabicNames(owner).filter((a) => !INTRO.test(`${normalizeText(a)} `));
      arabicOf.set(owner.id, list);
    }
    return list;
  };
  const out: Array<{ key: string; value: number }> = [];
  kb.entities.forEach((e) => {
    if (e.kind !== 'model' && e.kind !== 'product') return;
    const value = index.get(e.id)!;
    // Its family («لاما 3.1 405B») or, when the name begins with it, its developer («ديب سيك V3»,
    // «إنفيديا ACE»).
    for (const id of e.kind === 'model' ? [e.family, e.developer] : [e.developer]) {
      const owner = id ? byId.get(id) : undefined;
      if (!owner) continue;
      const arabic = arabicSpellings(owner);
      for (const english of [e.name, ...e.aliasesEn]) {
        for (const ownerName of [owner.name, ...owner.aliasesEn]) {
          if (!english.toLowerCase().startsWith(ownerName.toLowerCase())) continue;
          const rest = english.slice(ownerName.length);
          // The rest must start a new part of the name: "Llama 3", "Llama-3", not "Llamafile".
          if (!/^[\s\-_.]*[\p{N}\p{L}]/u.test(rest) || /^\p{L}/u.test(rest)) continue;
          const arabicRest = transliterated(rest);
          for (const a of arabic) {
            for (const tail of arabicRest === rest ? [rest] : [rest, arabicRest]) {
              const key = nameKey(`${a}${tail}`);
              if (key) out.push({ key, value });
            }
          }
        }
      }
    }
  });
  return out;
}

/** The keys of an entity's ambiguous spellings. */
function ambiguousKeys(e: KnowledgeBase['entities'][number]): Set<string> {
  return new Set(e.ambiguous.map((a) => nameKey(a.alias)));
}

/**
 * An Arabic name that begins with the article, after the preposition ل: ل + ال is written لل
 * («للهيئة السعودية للبيانات والذكاء الاصطناعي», «للجامعة الأمريكية في بيروت»), which the clitic
 * rule (a clitic, then the name as the KB writes it) cannot read. Not for ambiguous spellings.
 */
function lamSpellings(kb: KnowledgeBase): Array<{ key: string; value: number }> {
  const out: Array<{ key: string; value: number }> = [];
  kb.entities.forEach((e, value) => {
    const ambiguous = ambiguousKeys(e);
    for (const a of arabicNames(e)) {
      const key = nameKey(a);
      if (key.startsWith('ال') && key.length > 4 && !ambiguous.has(key)) out.push({ key: `لل${key.slice(2)}`, value });
    }
  });
  return out;
}

/**
 * A product or model named by Arabic words and, at the end, another entity's name in Latin
 * letters, where the KB's Arabic spelling has that entity's Arabic name: «وكيل ChatGPT» (ChatGPT
 * agent: «وكيل شات جي بي تي»), «شات GPT», «دردشة Bing», «تطبيق DeepSeek». Not where the Arabic words are an intro
 * word («نماذج Baichuan»: the collective spellings have their own rule) or where the Latin name
 * is itself ambiguous.
 */
function describedSpellings(kb: KnowledgeBase, index: Map<string, number>): Array<{ key: string; value: number }> {
  const owner = new Map<string, KnowledgeBase['entities'][number]>();
  for (const e of kb.entities) for (const a of arabicNames(e)) owner.set(nameKey(a), e);
  const out: Array<{ key: string; value: number }> = [];
  for (const e of kb.entities) {
    if (e.kind === 'organization') continue;
    const ownEnglish = [e.name, ...e.aliasesEn];
    for (const a of arabicNames(e)) {
      const words = normalizeText(a).split(' ').filter(Boolean);
      for (let cut = 1; cut < words.length; cut++) {
        const head = words.slice(0, cut).join(' ');
        if (/[a-z0-9]/.test(head) || INTRO.test(`${head} `)) continue;
        const named = owner.get(nameKey(words.slice(cut).join(' ')));
        if (!named || named.id === e.id) continue;
        // A name whose English form ends with the other's ("Code Llama") is written all in one
        // script; «كود Llama» would rather be «…الكود. Llama 3.1».
        const endsWithNamed = (n: string) =>
          [named.name, ...named.aliasesEn].some((x) => n.toLowerCase().endsWith(` ${x.toLowerCase()}`));
        if (ownEnglish.some(endsWithNamed)) continue;
        const ambiguous = ambiguousKeys(named);
        // The words also before the entity's own English name, which may carry the other's
        // («مساعد Meta AI» is one name, not «مساعد Meta» and a word).
        for (const english of [named.name, ...named.aliasesEn, ...ownEnglish]) {
          if (ambiguous.has(nameKey(english))) continue;
          const key = nameKey(`${head} ${english}`);
          if (key) out.push({ key, value: index.get(e.id)! });
        }
      }
    }
  }
  return out;
}

/** Digits as they are said, in Arabic letters and normalised: «جي بي تي فايف»، «لاما ثري»، «جيميناي تو بوينت فايف». */
const SPOKEN_DIGITS = ['زيرو', 'ون', 'تو', 'ثري', 'فور', 'فايف', 'سكس', 'سفن', 'ايت', 'ناين'];
/** Said in Arabic: only where no other sense shares the spelling («أو ثلاثة» is "or three"). */
const ARABIC_DIGITS: Record<string, string> = { 3: 'ثلاثه', 4: 'اربعه', 5: 'خمسه' };
const SPOKEN_TEENS = ['تن', 'ايليفن', 'تولف', 'ثيرتين', 'فورتين', 'فيفتين', 'سكستين', 'سفنتين', 'ايتين', 'ناينتين'];
const SPOKEN_TENS = ['', '', 'توينتي', 'ثيرتي', 'فورتي', 'فيفتي', 'سكستي', 'سفنتي', 'ايتي', 'ناينتي'];
const SPOKEN_POINT = ['بوينت'];
/** At most this many spoken forms of one spelling. */
const MAX_SPOKEN = 8;

/** A number of one or two digits said in English, in Arabic letters («توينتي» for 20, «زيرو تو» for 02). */
function spokenNumber(n: string): string {
  if (n.length === 1 || n[0] === '0') return [...n].map((d) => SPOKEN_DIGITS[Number(d)]!).join('');
  if (n[0] === '1') return SPOKEN_TEENS[Number(n[1])]!;
  return SPOKEN_TENS[Number(n[0])]! + (n[1] === '0' ? '' : SPOKEN_DIGITS[Number(n[1])]!);
}

/**
 * A model's Arabic spelling with its version said rather than written, as transcripts of
 * podcasts, videos and interviews give it: every number of one or two digits ("3", "2.5",
 * "20"; not "405B") and a version's dot in words (in English: «فايف»; 3 to 5 also in Arabic: «خمسة»). An ambiguous
 * spelling's spoken forms need the same context, and are only the English ones.
 */
function spokenSpellings(key: string, arabicWords: boolean): string[] {
  if (!/[\u0600-\u06ff]/.test(key) || !/\d/.test(key) || /\d{3}/.test(key)) return [];
  let forms = [''];
  // Digit runs, a version's dots and the other characters, in turn.
  for (const m of key.matchAll(/\d+|\D/g)) {
    const part = m[0];
    const at = m.index;
    const arabic = arabicWords && part.length === 1 ? ARABIC_DIGITS[part] : undefined;
    const words = /\d/.test(part[0]!)
      ? [spokenNumber(part), ...(arabic ? [arabic] : [])]
      : part === '.' && /\d/.test(key[at - 1] ?? '') && /\d/.test(key[at + 1] ?? '')
        ? SPOKEN_POINT
        : [part];
    forms = forms.flatMap((f) => words.map((w) => f + w));
    if (forms.length > MAX_SPOKEN) return [];
  }
  return forms;
}

/** Builds the matcher from the KB (at build time) plus optional user aliases (at run time). */
export function compileMatcher(
  kb: KnowledgeBase,
  userAliases: UserAliases = {},
): { matcher: Matcher; data: MatcherData } {
  const entityIds = kb.entities.map((e) => e.id);
  const index = new Map(entityIds.map((id, i) => [id, i]));
  const entries: Array<{ key: string; value: number }> = [];
  const taken = new Map<string, number>();
  kb.entities.forEach((e, i) => {
    for (const s of spellingsOf(e)) {
      const key = nameKey(s);
      if (key) entries.push({ key, value: i });
      taken.set(key, i);
    }
  });
  for (const { key, value } of [...mixedSpellings(kb, index), ...describedSpellings(kb, index), ...lamSpellings(kb)]) {
    if (taken.has(key)) continue; // a spelling of its own (or of another entity) already
    taken.set(key, value);
    entries.push({ key, value });
  }
  // Said versions of the Arabic spellings the KB gives (not of the derived mixed ones: too many).
  kb.entities.forEach((e, value) => {
    if (e.kind === 'organization') return;
    const ambiguous = ambiguousKeys(e);
    for (const s of arabicNames(e)) {
      const key = nameKey(s);
      for (const spoken of spokenSpellings(key, !ambiguous.has(key))) {
        if (taken.has(spoken)) continue;
        taken.set(spoken, value);
        entries.push({ key: spoken, value });
      }
    }
  });
  for (const [id, spellings] of Object.entries(userAliases)) {
    const i = index.get(id);
    if (i === undefined) continue;
    for (const s of spellings) {
      const key = nameKey(s);
      if (key.length >= 2) entries.push({ key, value: i });
    }
  }
  const trie = compileTrie(entries);
  const ambiguity: MatcherData['ambiguity'] = {};
  /** The companies a rule's vetoes name (a whole veto that is a KB spelling of an organization). */
  const rivalsOf = (vetoes: string[], self: number): { rivals?: number[] } => {
    const rivals = new Set<number>();
    for (const v of vetoes) {
      if (v.includes('~')) continue;
      const t = terminalOf(trie, nameKey(v));
      if (t >= 0)
        for (const x of trie.values[t]!) if (x !== self && kb.entities[x]!.kind === 'organization') rivals.add(x);
    }
    return rivals.size ? { rivals: [...rivals].sort((x, y) => x - y) } : {};
  };
  kb.entities.forEach((e, i) => {
    for (const a of e.ambiguous) {
      const rule = {
        cues: a.cues.map(normalizeText),
        vetoes: a.vetoes.map(normalizeText),
        ...(a.article ? { article: true as const } : {}),
        ...(a.marked ? { marked: a.marked.map((w) => markedForm(w, 0, w.length)) } : {}),
        ...(a.nearby ? { nearby: true as const } : {}),
        ...rivalsOf(a.vetoes, i),
      };
      // The alias said aloud needs the same context («أو ثري» may be "or rich").
      const key = nameKey(a.alias);
      for (const k of [key, ...spokenSpellings(key, false)]) {
        const t = terminalOf(trie, k);
        if (t < 0) continue;
        ambiguity[t] ??= {};
        ambiguity[t][i] = rule;
      }
    }
  });
  const modelLike = kb.entities.map((e) => (e.kind === 'organization' ? 0 : 1));
  const related = kb.entities.map((e) => {
    const ids = [
      e.kind !== 'organization' ? e.developer : e.parent,
      e.kind === 'model' ? e.family : e.kind === 'family' ? e.parentFamily : null,
    ];
    return ids.flatMap((id) => (id && index.has(id) ? [index.get(id)!] : []));
  });
  const data: MatcherData = {
    kbVersion: kb.version,
    asOf: kb.asOf,
    entityIds,
    trie: serializeTrie(trie),
    ambiguity,
    modelLike,
    related,
  };
  return { matcher: toMatcher(data, trie), data };
}

function toMatcher(data: MatcherData, trie: CompiledTrie): Matcher {
  const { entityIds, ambiguity } = data;
  const amb = new Map<number, Map<number, AmbiguityRule>>();
  for (const [t, byEntity] of Object.entries(ambiguity)) {
    amb.set(Number(t), new Map(Object.entries(byEntity).map(([e, r]) => [Number(e), r])));
  }
  return { entityIds, trie, ambiguity: amb, modelLike: Uint8Array.from(data.modelLike), related: data.related };
}

/** Loads the compiled matcher shipped in the extension. */
export function loadMatcher(data: MatcherData): Matcher {
  return toMatcher(data, deserializeTrie(data.trie));
}
