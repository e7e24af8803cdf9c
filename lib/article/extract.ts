/**
 * Finding the article on a page and collecting its text, with a map from text
 * offsets back to the page's text nodes. Pure: it receives a Document and reads it;
 * it never changes it. Used by the content script and by `npm run annotate`.
 */

/** Elements whose text is never part of the article. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  // Code blocks (inline <code> in a sentence is text: «باسم <code>ALLaM-7B-Instruct-preview</code>»).
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'MATH',
]);
/**
 * Whether a <pre> holds Arabic prose, not code: a mailing-list archive's message (Pipermail), a
 * poem set line by line. Twice as many Arabic letters as Latin ones in its first 2,000 characters.
 */
function arabicProse(pre: Element): boolean {
  const text = (pre.textContent ?? '').slice(0, 2000);
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) arabic++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return arabic >= 100 && arabic > latin * 2;
}

/** Elements that break text into blocks (a name never spans two blocks). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'TIME',
]);
/**
 * Class, id or data-testid of boxes that are not the article's own text: related links, comments,
 * sharing, ads, subscription forms, another post embedded («wp-embedded-content»), sidebars and their
 * widgets, lists of the latest or most popular posts, a wiki's navboxes, hatnotes, categories,
 * edit links, an entry's footer, a pull quote (a sentence of the text again, in large type). Some words also as prefixes («jp-relatedposts», «sharedaddy»,
 * «subscription-widget»), the others only as whole words («tags», not «tagline»). Not «label»:
 * Drupal marks every field «field--label-hidden», the title's too.
 */
const NOISE =
  /(^|[\s_-])((related|share|sharing|social|comment|newsletter|subscri|signup|breadcrumb|trending|wp-embed|sidebar|widget|latest|popular|navbox|catlinks|editsection|hatnote|authority-control)[a-z]*|read-?also|more-?(news|stories)|tags?|footer|advert|ads?|promo|author-box|most-read|pull-?quote)([\s_-]|$)/i;
/**
 * Boxes that are never the article however much text they hold (NOISE boxes are not where they
 * hold most of it): a wiki's site notice, Discourse's copy of the post replied to (longer than
 * the reply) and its topic map (the thread's popular links).
 */
const ALWAYS_NOISE = /(^|[\s_-])((site|local|anon|central)-?notice|embedded-posts|topic-map)([\s_-]|$)/i;
/** A block named a post («post», «b-post», «js-post»): a forum's message, whatever else its classes say. */
const FORUM_POST = /(^|[\s_-])post([\s_]|$)/;
/** Class words made of «comment» («js-comment-entry__parent»), taken out when a post's label is read. */
const COMMENT_WORDS = /comment[a-z]*/gi;
/** Boxes measured at most per walk (a hostile page may nest thousands named like boxes: each measure reads a subtree). */
const MEASURES = 64;

/**
 * A `holdsMost` for isSkipped: at least half the characters of `whole` (measured when first
 * needed), for the first MEASURES boxes asked about.
 */
function holdsHalfOf(whole: Element | null): (el: Element) => boolean {
  let left = MEASURES;
  let total = -1;
  return (el) => {
    if (left-- <= 0 || !whole) return false;
    if (total < 0) total = whole.textContent?.length ?? 0;
    return (el.textContent?.length ?? 0) >= total / 2;
  };
}

/** A CSS-modules hash at the end of a class name («KeyPoints_box__ad-4k»): random letters, no words. */
const HASH = /__[A-Za-z0-9_-]{4,8}(?=\s|$)/g;
/** A lower-case letter then a capital: a word boundary inside a CamelCase class name. */
const CAMEL = /([a-z])([A-Z])/g;

/** Elements that hold the article itself: their class never makes them a noise box. */
const OWN_TEXT = new Set(['ARTICLE', 'MAIN', 'BODY']);
/**
 * A «read also» written as paragraphs between the article's (Youm7 and many portals): a short
 * paragraph that is only the heading («اقرأ أيضا..»), or a paragraph that is only a link in the
 * run of such paragraphs right after that heading.
 */
function readAlsoParagraph(p: Element): boolean {
  const text = (p.textContent ?? '').trim();
  if (readAlsoHeading(text)) return true;
  // «[اقرأ أيضا: …]» in one paragraph, the title a link.
  if (/^[[(«"]/.test(text) && READ_ALSO.test(text.slice(1)) && p.querySelector('a')) return true;
  // (At most READ_ALSO_LINKS back: a hostile page's thousands of link paragraphs cost no walk of them all.)
  let left = READ_ALSO_LINKS;
  for (let q: Element | null = p; q && left-- > 0 && q.tagName === 'P' && linkOnly(q); q = q.previousElementSibling) {
    const prev = q.previousElementSibling;
    if (prev?.tagName === 'P' && readAlsoHeading((prev.textContent ?? '').trim())) return true;
  }
  return false;
}

/** Headings of a wiki's sections of links: «انظر أيضًا», «وصلات خارجية». */
const SEE_ALSO = /^\s*(انظر (أيضا|أيضًا|ايضا)|وصلات خارجية|روابط خارجية)\s*$/;
/** Siblings looked back for such a heading (a section of links is short; a long article's children are many). */
const SEE_ALSO_REACH = 6;

/** A heading, bare or in MediaWiki's heading wrapper: its text, else null. */
function headingText(el: Element): string | null {
  const h = /^H[1-6]$/.test(el.tagName) ? el : el.classList.contains('mw-heading') ? el.querySelector('h2, h3') : null;
  return h ? (h.textContent ?? '').trim() : null;
}

/** `el` is a wiki's «see also» or external-links heading, or follows one before any other heading. */
function inSeeAlsoSection(el: Element): boolean {
  let left = SEE_ALSO_REACH;
  for (let q: Element | null = el; q && left-- > 0; q = q.previousElementSibling) {
    const text = headingText(q);
    if (text !== null) return SEE_ALSO.test(text);
  }
  return false;
}

/** «Follow us on Google News / Telegram / WhatsApp»: the outlet's channels, not the article. */
const FOLLOW_US =
  /^\s*(تابع\S*|اتبع\S*|follow)\s[\s\S]{0,80}?(google news|جوجل نيوز|غوغل نيوز|قوقل نيوز|تلغرام|تيليجرام|تليجرام|telegram|واتساب|whatsapp)/i;

/** A box that is one «follow us» link and nothing else (read only for a block holding one link). */
function followUsBox(el: Element): boolean {
  if (el.childElementCount !== 1 || el.firstElementChild!.tagName !== 'A') return false;
  const text = el.textContent ?? '';
  return text.length < 200 && FOLLOW_US.test(text);
}

/** A paragraph's trimmed text that is only a «read also» heading («اقرأ أيضا..»). */
function readAlsoHeading(text: string): boolean {
  return text.length <= 30 && READ_ALSO.test(text);
}

/** The most link paragraphs a «read also» heading is looked for above. */
const READ_ALSO_LINKS = 8;

/** A paragraph whose whole text is one link. */
function linkOnly(p: Element): boolean {
  const a = p.querySelector('a');
  return a !== null && (a.textContent ?? '').trim() === (p.textContent ?? '').trim();
}

/** Headings of "read also" boxes, normalised loosely. */
const READ_ALSO =
  /^\s*(اقرأ|إقرأ|إقرا|اقرا)\s*(أيضا|ايضا|أيضاً|ايضاً)|^\s*(شاهد|طالع)\s*(أيضا|ايضا|أيضاً|ايضاً)|^\s*(مواضيع|أخبار|اخبار)\s*(ذات صلة|متعلقة)/;

export interface TextSegment {
  node: Text;
  /** Offset of this node's first character in the collected text. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

export interface PageHints {
  /** Article facts from JSON-LD and meta tags. */
  isArticle: boolean;
  published: string | null;
  section: string | null;
  lang: string | null;
  reasons: string[];
}

/**
 * Whether `el` is not article text. A box is told by its class or id (NOISE) unless `holdsMost`
 * says it holds most of the text: a wrapper named «has-share-buttons» or «no-ads» around the
 * article is the article's, not a box.
 */
function isSkipped(el: Element, holdsMost: (el: Element) => boolean = () => false): boolean {
  if (isBox(el, holdsMost)) return true;
  if (el.tagName === 'DIV' || el.tagName === 'SECTION' || el.tagName === 'UL') {
    const head = el.firstElementChild?.textContent ?? '';
    if (READ_ALSO.test(head)) return true;
  }
  if (el.tagName === 'P' && readAlsoParagraph(el)) return true;
  if ((el.tagName === 'DIV' || el.tagName === 'P') && followUsBox(el)) return true;
  if (inSeeAlsoSection(el)) return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The part of isSkipped read from the element alone (its tag and attributes, not its text or
 * its siblings'): what the prose walk of a page without paragraphs asks of every element.
 */
function isBox(el: Element, holdsMost: (el: Element) => boolean): boolean {
  const tag = el.tagName.toUpperCase();
  // (An ASP.NET page wraps itself whole in one <form>: a form that holds most of the text is the page's.)
  // (Discourse writes a quoted passage as <aside class="quote">: a quote in a post is the post's text; not the
  // accepted answer's excerpt shown under the question.)
  const cls = el.getAttribute('class') ?? '';
  if (SKIP_TAGS.has(tag))
    return (
      (tag !== 'FORM' || !holdsMost(el)) &&
      (tag !== 'PRE' || !arabicProse(el)) &&
      (tag !== 'ASIDE' || !/(^|\s)quote(\s|$)/.test(cls) || /accepted-answer/.test(cls))
    );
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'search') return true;
  // (Invision Community names a member's signature only here; its message is «commentContent»: no box words read.)
  if (el.getAttribute('data-role') === 'memberSignature') return true;
  // (Not an <article> or <main> by its class: WordPress marks a post «tag-chatgpt», a newsletter's issue may be «newsletter-issue».)
  // CamelCase names split as words («TagCloudWrapper», «RelatedStories», as CSS-in-JS sites write them).
  // (React sites name their boxes in data-testid where the class is a utility list: «article-tags», «share».)
  const label = `${cls} ${el.id} ${el.getAttribute('data-testid') ?? ''}`.replace(HASH, '').replace(CAMEL, '$1-$2');
  if (label.trim() === '' || OWN_TEXT.has(tag)) return false;
  if (ALWAYS_NOISE.test(label)) return true;
  // A forum's post that its engine also calls a comment (vBulletin 5: «b-post js-comment-entry__parent»)
  // is the thread's text: the word «comment» alone does not make it a box.
  if (FORUM_POST.test(label) && !NOISE.test(label.replace(COMMENT_WORDS, ' '))) return false;
  return NOISE.test(label) && !holdsMost(el);
}

/**
 * Collects the text of `root` in document order, skipping what is not article
 * text, with a newline between blocks. Inline markup does not break names
 * ("Open<b>AI</b>" reads "OpenAI"). `isHidden` lets a browser caller also skip
 * elements hidden by CSS.
 */
export function collectText(root: Element, isHidden: (el: Element) => boolean = () => false): CollectedText {
  const steps = collectTextSteps(root, isHidden);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `collectTextSteps` over an article's parts (see findArticles): their texts as one, a line
 * break between two parts, so the article is judged and its names read as one text.
 */
export function* collectArticleSteps(
  parts: Element[],
  isHidden: (el: Element) => boolean = () => false,
): Generator<void, CollectedText, void> {
  if (parts.length === 1) return yield* collectTextSteps(parts[0]!, isHidden);
  let text = '';
  const segments: TextSegment[] = [];
  for (const part of parts) {
    const collected = yield* collectTextSteps(part, isHidden);
    if (!collected.text) continue;
    if (text) text += '\n';
    for (const s of collected.segments) segments.push({ node: s.node, start: s.start + text.length });
    text += collected.text;
  }
  return { text, segments };
}

/** Nodes visited between two pauses of `collectTextSteps`. */
const NODES_PER_STEP = 2048;

/**
 * `collectText` in steps: pauses (yields) every few thousand nodes, so a caller
 * can split a huge page's walk over several tasks (see lib/slice).
 */
export function* collectTextSteps(
  root: Element,
  isHidden: (el: Element) => boolean = () => false,
): Generator<void, CollectedText, void> {
  let visited = 0;
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let needBreak = false;
  const breakLine = () => {
    if (length > 0) needBreak = true;
  };
  const holdsMost = holdsHalfOf(root);
  // Iterative walk (a page may nest elements 50,000 deep: recursion would overflow).
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const { node, exit } = stack.pop()!;
    if (exit) {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (!value) continue;
      if (needBreak) {
        parts.push('\n');
        length++;
        needBreak = false;
      }
      segments.push({ node: node as Text, start: length });
      // (A line break inside a text node is a space on the page: «أمازون⏎ويب سيرفيسز» is one name.)
      parts.push(value.includes('\n') || value.includes('\r') ? value.replace(/[\n\r]/g, ' ') : value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkipped(el, holdsMost) || isHidden(el)) continue;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) {
      breakLine();
      stack.push({ node: el, exit: true });
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  return { text: parts.join(''), segments };
}

function textLength(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += fullLength(p);
  return n;
}

/** The page's article roots (see findArticles), every article's parts in a row. */
export function findArticleRoots(doc: Document, minChars = 200): Element[] {
  return findArticles(doc, minChars).flat();
}

/**
 * The page's articles, each as its parts (usually one element; a headline outside the body,
 * or a thread's posts, are several, read as one text: see collectArticleSteps): every
 * `<article>` with real text (an infinite-scroll page has several), else
 * `[itemprop=articleBody]` or `<main>`, else the element holding the most paragraph text (a
 * readability-style guess), else where the prose is (a page without paragraphs). Empty when
 * the page has no article-sized text.
 */
export function findArticles(doc: Document, minChars = 200): Element[][] {
  const holdsMost = holdsHalfOf(doc.body);
  const seen = new Map<Element, boolean>();
  const outer = [...doc.querySelectorAll('article')].filter(
    (a) => !a.parentElement?.closest('article') && !isInsideSkipped(a, holdsMost, seen),
  );
  const articles = outer.filter((a) => textLength(a) >= minChars);
  const posts = threadPosts(outer, articles);
  if (posts) return [withTitle(doc, posts)];
  // An <article> that starts with the story's paragraphs, no title (Arc XP, AEM), leaves its headline above it.
  if (articles.length === 1 && articles[0]!.querySelector('h1, h2, h3, p')?.tagName === 'P')
    return [withHeadline(doc, articles[0]!)];
  if (articles.length) return articles.map((a) => [a]);
  for (const sel of ['[itemprop~="articleBody"]', 'main', '[role="main"]']) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    // (A blog's articleBody may hold lines of text and <br>, no <p>: its whole text counts there.)
    const length = sel === '[itemprop~="articleBody"]' ? fullLength(el) : textLength(el);
    if (length < minChars) continue;
    // A <main> whose paragraphs are a small part of its text (a forum's bylines): where the prose is.
    if (sel !== '[itemprop~="articleBody"]' && length < fullLength(el) / 3) {
      const roots = proseRoots(doc, el, minChars, holdsMost);
      if (roots.length) return [roots];
    }
    return [withHeadline(doc, el)];
  }
  // Readability-style: the parent of the most paragraph text.
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const len = fullLength(p);
    if (len < 40 || isInsideSkipped(p, holdsMost, seen)) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  if (best && bestScore >= minChars) return [withHeadline(doc, best)];
  // No paragraphs (table layouts, old forums, mobile pages, text in lines and <br>): where the prose is.
  const parts = doc.body ? proseRoots(doc, doc.body, minChars, holdsMost) : [];
  return parts.length ? [parts] : [];
}

/**
 * The posts of one thread written as <article>s (XenForo, Discourse, a live blog's updates): the
 * article-sized ones and every other <article> of their kind (see sameKind), the short replies
 * too, when none has a headline of its own and there are two or more. Null otherwise: the
 * articles of an infinite-scroll page each have their headline, and are judged each on its own.
 */
function threadPosts(outer: Element[], articles: Element[]): Element[] | null {
  const first = articles[0];
  if (!first) return null;
  const kin = outer.filter((a) => sameKind(a, first));
  if (kin.length < 2 || kin.some((a) => a.querySelector('h1, h2'))) return null;
  return articles.every((a) => kin.includes(a)) ? kin : null;
}

/** Two blocks of one kind: the same tag, and the same id but for its digits, or the same classes. */
function sameKind(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const id = idPattern(a);
  if (id && id === idPattern(b)) return true;
  const classes = classKey(a);
  return classes !== '' && classes === classKey(b);
}

/** An element's id with its digits taken out («post_message_#»). */
function idPattern(el: Element): string {
  return el.id.replace(/\d+/g, '#');
}

/** An element's classes, sorted, one space between. */
function classKey(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join(' ');
}

/** A text shorter than this (trimmed) is a label, a date or a fragment, not prose. */
const MIN_PROSE = 12;
/** The walk goes into the child that holds at least this share of its parent's prose. */
const DESCEND = 0.5;
/**
 * Elements read, at most, looking for the prose of a page without paragraphs: a forum thread
 * or an old table layout has a few thousand; a web app with tens of thousands and no <p> is no
 * article, and the gate looks at every page again as it changes (each element costs a few µs).
 */
const PROSE_ELEMENTS = 5000;

/**
 * Per element under `top`: the characters of prose in it (text outside links, tickers and
 * skipped boxes, in runs of at least MIN_PROSE). Elements without prose are not in the map.
 * Null past PROSE_ELEMENTS elements.
 */
function proseOf(top: Element, holdsMost: (el: Element) => boolean): Map<Element, number> | null {
  const sums = new Map<Element, number>();
  // Iterative, children before their parent (a page may nest elements 50,000 deep).
  const stack: Array<{ el: Element; exit: boolean }> = [{ el: top, exit: false }];
  let read = 0;
  while (stack.length) {
    const { el, exit } = stack.pop()!;
    if (!exit && ++read > PROSE_ELEMENTS) return null;
    if (exit) {
      const parent = el.parentElement;
      const sum = sums.get(el);
      if (sum && el !== top && parent) sums.set(parent, (sums.get(parent) ?? 0) + sum);
      continue;
    }
    const tag = el.tagName.toUpperCase();
    if (el !== top && (tag === 'A' || tag === 'MARQUEE' || isBox(el, holdsMost))) continue;
    stack.push({ el, exit: true });
    let own = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) stack.push({ el: c as Element, exit: false });
      else if (c.nodeType === 3) {
        const length = (c as Text).data.trim().length;
        if (length >= MIN_PROSE) own += length;
      }
    }
    if (own) sums.set(el, own);
  }
  return sums;
}

/**
 * The parts of the article of a page without paragraphs, readability-style: from `top`, down
 * into the child holding most of the prose while it holds at least half of it; there, the
 * story's block (a table cell, a div of lines and <br>) with its headline, or a thread's posts:
 * blocks of one kind (see kindOf: «post_message_123») that hold at least half of that prose,
 * each a part (the user column and signature beside each are not), after the thread's title;
 * blocks of one kind side by side under one parent are a story's paragraphs, read as that parent.
 */
function proseRoots(doc: Document, top: Element, minChars: number, holdsMost: (el: Element) => boolean): Element[] {
  const prose = proseOf(top, holdsMost);
  if (!prose) return [];
  let node = top;
  for (;;) {
    const total = prose.get(node) ?? 0;
    let best: Element | null = null;
    let bestProse = 0;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      const p = prose.get(c) ?? 0;
      if (p > bestProse) [best, bestProse] = [c, p];
    }
    if (!best || bestProse < total * DESCEND) break;
    node = best;
  }
  const total = prose.get(node) ?? 0;
  if (total < minChars) return [];
  let posts = repeatedBlocks(node, prose, total);
  // A thread whose first post holds most of the prose (a question, then shorter answers): the
  // blocks of that post's kind over the whole area, where they hold half its prose.
  const kind = kindOf(node);
  if (!posts && kind && node !== top) {
    const all = repeatedBlocks(top, prose, prose.get(top) ?? 0, kind);
    if (all?.includes(node)) posts = all;
  }
  if (!posts) return withHeadline(doc, node);
  // Blocks of one kind side by side with little else between them are a story's paragraphs written
  // as <div>s (a React site), not a thread's posts: their parent, subheadings and all.
  const parent = posts[0]!.parentElement;
  if (parent && posts.every((p) => p.parentElement === parent)) {
    const own = posts.reduce((n, p) => n + (prose.get(p) ?? 0), 0);
    if ((prose.get(parent) ?? 0) <= own * 1.25) return withHeadline(doc, parent);
  }
  return withTitle(doc, posts);
}

/**
 * A thread's posts after its title (the page's one <h1> before them, unless the site's name; else
 * the topic's heading or the first post's title line: see titleHeadline), and the blocks between
 * (a live blog's deck and pinned summary).
 */
function withTitle(doc: Document, posts: Element[]): Element[] {
  const first = posts[0]!;
  const h1 = pageH1(doc);
  const before = (el: Element) => (el.compareDocumentPosition(first) & 4) !== 0 && !el.contains(first);
  const title = h1 && before(h1) && !posts.some((p) => p.contains(h1)) ? h1 : titleHeadline(doc, first);
  if (!title) return posts;
  const text = posts.reduce((n, p) => n + fullLength(p), 0);
  return [title, ...between(title, first, text / 2), ...posts];
}

/** Tag, class and id with its digits taken out: blocks of one kind share it. Null for a block with neither, or a table's cell or row. */
function kindOf(el: Element): string | null {
  // (Not table cells: a verse table's two columns are two classes of cells, each half the poem.)
  if (el.tagName === 'TD' || el.tagName === 'TH' || el.tagName === 'TR') return null;
  const cls = classKey(el);
  const id = idPattern(el);
  return cls || id ? `${el.tagName}|${cls}|${id}` : null;
}

/**
 * Under `node`, the blocks of one kind (see kindOf) that hold at least half its prose, two
 * or more, none inside another: of the kinds that do, the deepest (the messages, not the
 * posts around them with the user column and signature; phpBB alternates its posts' class,
 * «bg1», «bg2», not its messages'). Null if none does.
 */
function repeatedBlocks(node: Element, prose: Map<Element, number>, total: number, only?: string): Element[] | null {
  const kinds = new Map<string, { blocks: Element[]; prose: number; depth: number }>();
  const stack: Array<{ el: Element; depth: number }> = [];
  const push = (parent: Element, depth: number) => {
    for (let c = parent.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, depth });
  };
  push(node, 1);
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    const p = prose.get(el);
    if (!p) continue;
    const kind = kindOf(el);
    if (kind && (only === undefined || kind === only)) {
      const group = kinds.get(kind) ?? { blocks: [], prose: 0, depth };
      const last = group.blocks[group.blocks.length - 1];
      if (!last?.contains(el)) {
        group.blocks.push(el);
        group.prose += p;
        kinds.set(kind, group);
      }
    }
    push(el, depth + 1);
  }
  let best: { blocks: Element[]; prose: number; depth: number } | null = null;
  for (const group of kinds.values()) {
    if (group.blocks.length < 2 || group.prose < total / 2) continue;
    if (!best || group.depth > best.depth || (group.depth === best.depth && group.prose > best.prose)) best = group;
  }
  return best?.blocks ?? null;
}

/**
 * An article's parts from its body: the post that holds it (schema.org markup); or the body with
 * its headline, the page's one <h1> (or, with none or the site's name in it, the element that
 * repeats the title), as one ancestor or as parts (see headlineAndBody): an articleBody, or the
 * paragraphs' parent on a page without <article> (a print view), leaves the headline outside; so
 * does an <article> with no heading of its own. (An <article> with its own title is the article
 * as it stands: a theme's page header above it repeats the title.)
 */
function withHeadline(doc: Document, body: Element): Element[] {
  // A blog's articleBody inside its post (schema.org BlogPosting, Article…): the post, title and all.
  const post = body.parentElement?.closest('[itemscope][itemtype*="Posting"], [itemscope][itemtype*="Article"]');
  if (post && post !== doc.body && fullLength(post) <= fullLength(body) * 1.5) return [post];
  const headlines = doc.querySelectorAll('h1');
  const h1 = pageH1(doc, headlines);
  // (The <h1> only where an ancestor below <body> holds it with the body: a mailing list's subject is no headline.)
  if (h1) return headlineAndBody(doc, body, h1, false);
  // No <h1>, or the site's name in it (table layouts, print views, old mobile pages, Joomla, phpBB): the
  // element that repeats the page's title. Taken in with the body where their ancestor holds little
  // else, else a root of its own (a print view's table has the keywords' and the link's rows too).
  const headline = headlines.length <= 1 ? titleHeadline(doc, body) : null;
  return headline ? headlineAndBody(doc, body, headline) : [body];
}

/**
 * The body and its headline: their nearest common ancestor where it holds little else (see upTo),
 * and no more than a tenth again their text (no keyword or link rows, as a table layout's rows
 * would add); else the headline, the blocks between, and the body (only the body where no
 * ancestor below <body> holds both, unless `apart`).
 */
function headlineAndBody(doc: Document, body: Element, headline: Element, apart = true): Element[] {
  if (body.contains(headline)) return [body];
  const up = upTo(doc, body, headline);
  if (up && fullLength(up) <= (fullLength(body) + fullLength(headline)) * 1.1) return [up];
  return up || apart ? [headline, ...between(headline, body), body] : [body];
}

/**
 * The blocks between a headline and its body, where both sit under one ancestor below <body>
 * (a deck under the title, in its header or not, a dateline: ASP.NET's «lblSubTitle»), when they hold less than `limit`
 * characters (half the body's text); else none.
 */
function between(headline: Element, body: Element, limit = fullLength(body) / 2): Element[] {
  let a: Element | null = headline;
  while (a?.parentElement && !a.parentElement.contains(body)) a = a.parentElement;
  const parent = a?.parentElement;
  if (!a || !parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return [];
  const out: Element[] = [];
  let text = 0;
  // What follows the headline inside its own wrappers (a deck in the header), then up to the body's branch.
  for (let n: Element = headline; ; n = n.parentElement!) {
    for (let c = n.nextElementSibling; c && !c.contains(body); c = c.nextElementSibling) {
      const length = fullLength(c);
      if (!length) continue;
      out.push(c);
      text += length;
      if (text > limit) return [];
    }
    if (n === a) return out;
  }
}

/** The page's one <h1>, unless it holds the site's name (see isSiteName); else null. */
function pageH1(doc: Document, headlines: NodeListOf<Element> = doc.querySelectorAll('h1')): Element | null {
  return headlines.length === 1 && !isSiteName(doc, headlines[0]!) ? headlines[0]! : null;
}

/**
 * Whether the page's <h1> is the site's name: a part of the title beside a headline-sized part
 * at least half again as long («العنوان … - شبكة الساحل»; not «ديب سيك - ويكيبيديا»).
 */
function isSiteName(doc: Document, h1: Element): boolean {
  const parts = titleParts(doc);
  const text = collapse(h1.textContent);
  return parts.includes(text) && parts.some((p) => p.length >= 15 && p.length >= text.length * 1.5);
}

/** Whitespace runs as one space, trimmed. */
function collapse(s: string | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The page title's parts («العنوان - الموقع», «الموقع | العنوان»). */
function titleParts(doc: Document): string[] {
  return collapse(doc.title).split(TITLE_PARTS);
}

/**
 * The nearest ancestor of `body` that holds `headline` (`body` if it does), when that adds no
 * more than half again its text (its paragraphs' text, or its whole text where it has no
 * paragraphs); else null.
 */
function upTo(doc: Document, body: Element, headline: Element): Element | null {
  if (body.contains(headline)) return body;
  let up = body.parentElement;
  while (up && !up.contains(headline)) up = up.parentElement;
  if (!up || up === doc.body || up === doc.documentElement) return null;
  const paragraphs = textLength(body);
  const ok = paragraphs > 0 ? textLength(up) <= paragraphs * 1.5 : fullLength(up) <= fullLength(body) * 1.5;
  return ok ? up : null;
}

/** Separators between a page title's parts («العنوان - الموقع», «الموقع | العنوان»). */
const TITLE_PARTS = /\s+(?:[|\-–—•»«:]|::)\s+/;
/** Elements looked at for a headline, at most (a hostile page may have millions). */
const HEADLINE_LOOKS = 10_000;

/**
 * The headline of a page without <h1>: the last element before `body` that holds only text, or
 * the last heading, that repeats the title's longest part (or begins with it; a heading may also
 * end with it, after a prefix label), not in a link (but for a heading's own) or a box
 * (a navbar or breadcrumb repeats the title too), or null.
 */
function titleHeadline(doc: Document, body: Element): Element | null {
  let head = '';
  for (const part of titleParts(doc)) if (part.length > head.length) head = part;
  if (head.length < 15 || !doc.body) return null;
  const holdsMost = holdsHalfOf(doc.body);
  const seen = new Map<Element, boolean>();
  let found: Element | null = null;
  const walker = doc.createTreeWalker(doc.body, 1);
  let looks = 0;
  for (let node = walker.nextNode(); node && node !== body && looks++ < HEADLINE_LOOKS; node = walker.nextNode()) {
    const el = node as Element;
    if (body.contains(el)) continue;
    // A heading whatever it holds (a thread's title linked to itself, after a prefix label: phpBB,
    // Discourse, XenForo's «تجربة»); any other element only when it holds text alone.
    const heading = /^H[1-6]$/.test(el.tagName);
    if (!heading && el.firstElementChild) continue;
    const text = collapse(el.textContent);
    // (The title may be the headline cut short: «… بنسختين» for «… بنسختين.. وتعد مستخدمى …».)
    if (text.length < head.length * 0.8 || text.length > head.length * 3) continue;
    if (!head.includes(text) && !text.startsWith(head) && !(heading && text.endsWith(head))) continue;
    if ((!heading && el.closest('a')) || isSkipped(el, holdsMost) || isInsideSkipped(el, holdsMost, seen)) continue;
    found = el;
  }
  return found;
}

/** The element's whole text, trimmed, in characters. */
function fullLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** Whether an ancestor of `el` is skipped (answers kept in `seen`: a box's text is measured once per call). */
function isInsideSkipped(el: Element, holdsMost: (el: Element) => boolean, seen: Map<Element, boolean>): boolean {
  for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
    let skipped = seen.get(e);
    if (skipped === undefined) {
      skipped = isSkipped(e, holdsMost);
      seen.set(e, skipped);
    }
    if (skipped) return true;
  }
  return false;
}

/**
 * The article roots of a page whose hints are read: a page that says it is an
 * article (JSON-LD, og:type) may be short.
 */
export function articleRootsOf(doc: Document, hints: PageHints): Element[] {
  return articlesOf(doc, hints).flat();
}

/** `findArticles` for a page whose hints are read (see articleRootsOf). */
export function articlesOf(doc: Document, hints: PageHints): Element[][] {
  return findArticles(doc, hints.isArticle ? 80 : 200);
}

/** Article facts from JSON-LD (`NewsArticle`, `Article`…), `og:type` and meta tags. */
export function readPageHints(doc: Document): PageHints {
  const reasons: string[] = [];
  let isArticle = false;
  let published: string | null = null;
  let section: string | null = null;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const nodes: unknown[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        nodes.push(v);
        const graph = (v as Record<string, unknown>)['@graph'];
        if (graph) walk(graph);
      }
    };
    walk(data);
    for (const n of nodes as Array<Record<string, unknown>>) {
      const type = ([] as unknown[]).concat(n['@type'] ?? []).map(String);
      if (type.some((t) => /^(News|Tech)?Article$|^BlogPosting$|^ReportageNewsArticle$/.test(t))) {
        isArticle = true;
        reasons.push(`JSON-LD ${type.join(',')}`);
        if (typeof n.datePublished === 'string') published = n.datePublished;
        if (typeof n.articleSection === 'string') section = n.articleSection;
      }
    }
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og === 'article') {
    isArticle = true;
    reasons.push('og:type article');
  }
  published ??= doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? null;
  published ??= doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
  section ??= doc.querySelector('meta[property="article:section"]')?.getAttribute('content') ?? null;
  const lang = doc.documentElement.getAttribute('lang');
  return { isArticle, published, section, lang, reasons };
}

/** A section name that says "technology" (JSON-LD articleSection or meta article:section). */
const TECH_SECTION = /تكنولوجيا|تقنية|تقنيات|علوم|tech|science|ذكاء/i;

/** The page's hints for the tech-news verdict (e.g. "section تكنولوجيا"). */
export function verdictHints(hints: PageHints): string[] {
  return hints.section && TECH_SECTION.test(hints.section) ? [`section ${hints.section}`] : [];
}
