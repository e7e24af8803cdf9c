// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  collectArticleSteps,
  collectText,
  findArticleRoots,
  findArticles,
  readPageHints,
  verdictHints,
} from '../../../../lib/article/extract';
import { IntervalIndex, locate } from '../../../../lib/article/ranges';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.setAttribute('lang', 'ar');
  doc.body.append(doc.createRange().createContextualFragment(html));
  return doc;
}

const para = 'نص طويل عن الذكاء الاصطناعي والنماذج اللغوية الكبيرة وما تفعله الشركات في هذا المجال. '.repeat(4);

describe('findArticleRoots', () => {
  it('prefers <article> elements, one per article on infinite-scroll pages', () => {
    const doc = page(`<nav><p>${para}</p></nav><article><p>${para}</p></article><article><p>${para}</p></article>`);
    expect(findArticleRoots(doc).map((e) => e.tagName)).toEqual(['ARTICLE', 'ARTICLE']);
  });
  it('falls back to the element with the most paragraph text', () => {
    const doc = page(`<div id="menu"><p>قصير</p></div><div id="body"><p>${para}</p><p>${para}</p></div>`);
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['body']);
  });
  it('finds nothing on a page without article-sized text', () => {
    expect(findArticleRoots(page('<p>مرحبا</p>'))).toEqual([]);
  });
});

describe('findArticleRoots on pages without paragraphs (table layouts, forums, old mobile pages)', () => {
  const line = 'سطر من الخبر عن الذكاء الاصطناعي والنماذج اللغوية وما تفعله الشركات';
  const lines = `${line}<br><br>`.repeat(6);
  const titled = (title: string, html: string) => {
    const doc = page(html);
    doc.title = title;
    return doc;
  };
  const text = (roots: Element[]) => roots.map((r) => collectText(r).text).join('\n');
  const headline = '«أبل» تستعين بـ«جيميني» من «جوجل» لإنقاذ «سيري»';

  it('reads the table cell of lines and <br>, its headline from the title, not the menus, ticker, keywords or comments', () => {
    const doc = titled(
      `${headline} - أخبار الخليج`,
      `<table><tr><td><a href="/">الرئيسية</a> | <a href="/t">تقنية: ChatGPT</a></td></tr>
      <tr><td><marquee>عاجل: ميتا تطلق نموذجا جديدا اليوم في السوق</marquee></td></tr>
      <tr><td class="printTitle">${headline}</td></tr>
      <tr><td class="printBody"><font>${lines}</font></td></tr>
      <tr><td class="printDate"><b>الكلمات الدالة:</b> أبل، جوجل، Apple Intelligence، الذكاء الاصطناعي</td></tr>
      <tr><td>تعليق: جربت شات جي بي تي ووجدته أفضل من كل ما سبق بكثير</td></tr></table>`,
    );
    const roots = findArticleRoots(doc);
    expect(roots).toHaveLength(2);
    expect(roots[0]!.className).toBe('printTitle');
    expect(roots[1]!.closest('.printBody')).not.toBeNull();
    const got = text(roots);
    expect(got).toContain(headline);
    expect(got).toContain(line);
    for (const gone of ['ChatGPT', 'ميتا', 'Apple Intelligence', 'شات جي بي تي']) expect(got).not.toContain(gone);
  });

  it("reads a thread's messages and its title, not the user column, signatures, navbar or similar threads", () => {
    const post = (n: number, msg: string) => `<table id="post${n}" class="tborder"><tr>
      <td class="alt2"><a class="bigusername">عضو${n}</a><div class="smallfont">مهووس بـ ChatGPT</div></td>
      <td id="td_post_${n}" class="alt1">${n === 1 ? `<div class="smallfont"><strong>${headline}</strong></div><hr>` : ''}
      <div id="post_message_${n}">${msg}</div>
      <div>__________________<br>توقيعي: أحب Gemini وClaude وGrok وDeepSeek جدا جدا</div></td></tr></table>`;
    const doc = titled(
      `${headline} - منتديات ستار تايمز`,
      `<div class="navbar"><strong>${headline}</strong></div><div id="posts">
      ${post(1, lines)}${post(2, `رد: ${line} وجربت أوبن إيه آي`)}${post(3, `رد آخر: ${line}`)}</div>
      <div class="similar">مواضيع مشابهة: شات جي بي تي ضد جيميني</div>`,
    );
    const roots = findArticleRoots(doc);
    expect(roots.map((r) => r.id || r.tagName)).toEqual([
      'STRONG',
      'post_message_1',
      'post_message_2',
      'post_message_3',
    ]);
    expect(roots[0]!.closest('#post1')).not.toBeNull();
    const got = text(roots);
    expect(got).toContain('أوبن إيه آي');
    for (const gone of ['ChatGPT', 'Gemini', 'مشابهة']) expect(got).not.toContain(gone);
  });

  it("takes phpBB's messages, not its alternating posts, inside a <main> of bylines; and a question with its shorter answers", () => {
    const post = (n: number, msg: string) => `<div id="p${n}" class="post has-profile bg${(n % 2) + 1}">
      <dl class="postprofile"><dd class="profile-rank">خبير Falcon</dd></dl><div class="postbody">
      <p class="author">بواسطة عضو${n} » الخميس نوفمبر 27، 2025 10:15 مساءً في المنتدى</p>
      <div class="content">${msg}</div><div class="signature">ChatGPT صديقي الدائم في كل شيء</div></div></div>`;
    const doc = titled(
      `${headline} - منتدى`,
      `<h1>منتدى</h1><div id="page-body" role="main">${[1, 2, 3, 4, 5].map((n) => post(n, lines)).join('')}</div>`,
    );
    const roots = findArticleRoots(doc);
    expect(roots).toHaveLength(5);
    expect(roots.every((r) => r.className === 'content')).toBe(true);
    expect(text(roots)).not.toContain('ChatGPT');
    expect(text(roots)).not.toContain('Falcon');
    // A question longer than all its answers together: its answers are read too.
    const qa =
      page(`<div id="mainbar"><div class="question"><div class="s-prose js-post-body">${lines}${lines}</div></div>
      <div class="answer"><div class="s-prose js-post-body">${line} الجواب الأول</div></div>
      <div class="answer"><div class="s-prose js-post-body">${line} الجواب الثاني</div></div></div>`);
    expect(text(findArticleRoots(qa))).toContain('الجواب الثاني');
  });

  it("reads a verse table whole (its two columns are not two threads), and skips a site's name in the <h1>", () => {
    const verse = 'يا ليلُ إنّكَ في الشتاءِ لَباردُ وأنا';
    const rows = `<tr><td class="s2">${verse}</td><td>&nbsp;</td><td class="s1">${verse}</td></tr>`.repeat(8);
    const poem = findArticleRoots(page(`<table><tr><td><table class="bait">${rows}</table></td></tr></table>`));
    expect(poem).toHaveLength(1);
    expect(poem[0]!.querySelectorAll('td.s1, td.s2')).toHaveLength(16);
    const joomla = titled(
      `${headline} - شبكة الساحل`,
      `<h1 id="sitename"><a href="/">شبكة الساحل</a></h1><table><tr><td>
      <table class="contentpaneopen"><tr><td class="contentheading">${headline}</td></tr></table>
      <table class="contentpaneopen"><tr><td><p>${para}</p></td></tr></table></td>
      <td><div class="moduletable">${'الأكثر قراءة: شات جي بي تي وجيميني وكلود. '.repeat(8)}</div></td></tr></table>`,
    );
    const got = text(findArticleRoots(joomla));
    expect(got).toContain(headline);
    expect(got).not.toContain('شبكة الساحل');
    expect(got).not.toContain('شات جي بي تي');
  });

  it("reads an article's parts as one text (one verdict), each offset mapping back to its text node", () => {
    const doc = titled(
      `${headline} - أخبار الخليج`,
      `<table><tr><td class="printTitle">${headline}</td></tr><tr><td>تصنيف</td></tr>
      <tr><td class="printBody">${lines}</td></tr><tr><td class="printDate">الكلمات الدالة: أبل، جوجل، Apple Intelligence، الذكاء الاصطناعي، سيري، جيميني، الهواتف الذكية</td></tr></table>`,
    );
    const articles = findArticles(doc);
    expect(articles).toHaveLength(1);
    // The headline, the row between it and the body («تصنيف»), the body; not the keywords row.
    expect(articles[0]).toHaveLength(3);
    const steps = collectArticleSteps(articles[0]!);
    let r = steps.next();
    while (!r.done) r = steps.next();
    const { text, segments } = r.value;
    expect(text.startsWith(`${headline}\n`)).toBe(true);
    for (const s of segments) expect(text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
    expect(segments.some((s) => s.node.data.includes('سطر من الخبر'))).toBe(true);
  });

  it("takes a thread's <article> posts (XenForo, Discourse) as one article, an infinite scroll's as several", () => {
    const post = (n: number) =>
      `<article class="message message--post js-post" data-content="post-${n}"><div class="bbWrapper">${lines}</div></article>`;
    const thread = page(`<div class="block-body">${post(1)}${post(2)}${post(3)}</div>`);
    expect(findArticles(thread).map((a) => a.length)).toEqual([3]);
    // Discourse: each post in a wrapper of its own, a short reply among them (too short to be an article alone).
    const topic = page(
      [1, 2, 3]
        .map(
          (n) =>
            `<div class="topic-post"><article id="post_${n}" class="boxed onscreen-post"><div class="cooked">${n === 2 ? '<p>شكراً، جربت لاما وعمل.</p>' : `<p>${para}</p>`}</div></article></div>`,
        )
        .join(''),
    );
    expect(findArticles(topic).map((a) => a.map((e) => e.id))).toEqual([['post_1', 'post_2', 'post_3']]);
    const scroll = page(
      `<main><article><h1>الأول</h1><p>${para}</p></article><article><h1>الثاني</h1><p>${para}</p></article></main>`,
    );
    expect(findArticles(scroll).map((a) => a.length)).toEqual([1, 1]);
  });

  it("reads a mailing list's message in <pre> (Arabic prose, not code), and still skips code", () => {
    const message = `مرحبا بالجميع، جربت ترجمة ملفات الواجهة بنموذج من ميتا ثم راجعتها يدوياً.\n`.repeat(5);
    const doc = page(
      `<h1>[l10n] تجربة</h1><i>أرشيف القائمة</i><pre>${message}</pre><pre>print("hello")\nx = model.generate(prompt)</pre>`,
    );
    const text = collectText(doc.body).text;
    expect(text).toContain('نموذج من ميتا');
    expect(text).not.toContain('model.generate');
  });

  it("Discourse: a quote in a post is its text; the copy of the post replied to, the accepted answer's excerpt and the topic map are not", () => {
    const long = `${para}${para} أوبن إيه آي`;
    const doc =
      page(`<article id="post_3" class="boxed"><div class="topic-body"><section class="embedded-posts top topic-body">${long}</section>
      <div class="cooked"><aside class="quote no-group"><blockquote><p>جربت Qwen2.5 وكان سريعاً</p></blockquote></aside><p>${para}</p>
      <aside class="quote accepted-answer"><blockquote>غوغل أفضل</blockquote></aside></div><div class="topic-map">ميتا huggingface.co</div></div></article>`);
    const text = collectText(doc.querySelector('article')!).text;
    expect(text).toContain('جربت Qwen2.5');
    for (const gone of ['أوبن إيه آي', 'غوغل أفضل', 'ميتا']) expect(text).not.toContain(gone);
  });

  it("takes the deck between a headline and its body (ASP.NET's labels), and a thread title after a prefix label", () => {
    const doc = titled(
      `${headline} - الجريدة`,
      `<form id="aspnetForm"><div class="NewsDetails"><div><span class="NewsTitle">${headline}</span></div>
      <div><span class="NewsSubTitle">تشمل حصة في «جي 42» وتراخيص تصدير</span></div>
      <div><span class="NewsBody">${lines}</span></div><div class="NewsKeywords">كلمات: ${'<a href="/k">مايكروسوفت</a> <a href="/k">إنفيديا</a> '.repeat(8)}</div></div></form>`,
    );
    const got = text(findArticleRoots(doc));
    expect(got).toContain('حصة في «جي 42»');
    expect(got).not.toContain('كلمات:');
    const xf = titled(
      `مقارنة عملية للنماذج المحلية بالعربي: Qwen3 ولا Llama؟ | منتديات`,
      `<h1 class="p-title-value"><span class="label">تجربة</span>مقارنة عملية للنماذج المحلية بالعربي: Qwen3 ولا Llama؟</h1>
      ${[1, 2].map((n) => `<article class="message"><div class="bbWrapper">${lines} ${n}</div></article>`).join('')}`,
    );
    expect(text(findArticleRoots(xf))).toContain('Qwen3 ولا Llama');
  });

  it("reads a React story's <div> paragraphs with their subheading, and a live blog's header, deck and pinned summary", () => {
    const story =
      page(`<div class="StoryPage_story"><h1>${headline}</h1><div class="StoryHeader_deck">موجز عن «أوبن إيه آي» ومنافسيها</div>
      <div class="StoryBody_body">${`<div class="StoryBody_paragraph">${line}</div>`.repeat(3)}<h2>سباق مع «غوغل»</h2>${`<div class="StoryBody_paragraph">${line}</div>`.repeat(3)}</div>
      </div><aside><article class="TeaserCard"><h3>عنوان</h3>ميتا تطلق لاما</article></aside>`);
    const got = text(findArticleRoots(story));
    expect(got).toContain('سباق مع «غوغل»');
    expect(got).toContain('موجز عن «أوبن إيه آي»');
    expect(got).not.toContain('ميتا تطلق');
    const live =
      page(`<main class="live"><header class="live__header"><h1>لحظة بلحظة.. مؤتمر المطورين</h1><p class="live__deck">تطبيقات داخل «شات جي بي تي»</p></header>
      <section class="live__pinned"><ul><li>«سورا 2» في الواجهة البرمجية</li></ul></section><div class="live__feed">
      ${[1, 2, 3].map((n) => `<article id="update-${n}" class="live-update"><time>10:0${n}</time><div><p>${line} ${n}</p></div></article>`).join('')}</div></main>`);
    const liveText = text(findArticleRoots(live));
    for (const part of ['لحظة بلحظة', 'تطبيقات داخل «شات جي بي تي»', '«سورا 2» في الواجهة', `${line} 3`])
      expect(liveText).toContain(part);
  });

  it("skips a pull quote (a sentence of the text again, in large type), and a table layout's keyword row under the <h1>", () => {
    const feature = page(
      `<article><h1>عنوان</h1><p>${para} وقال إن «جيس» نموذج عربي.</p><blockquote class="pullquote">«جيس» نموذج عربي</blockquote><p>${para}</p></article>`,
    );
    const featureText = collectText(feature.querySelector('article')!).text;
    expect(featureText.match(/جيس/g)).toHaveLength(1);
    const table =
      page(`<table><tr><td><h1 class="news-title">${headline}</h1></td></tr><tr><td id="NewsBody"><p>${para}</p><p>${para}</p></td></tr>
      <tr><td class="keywords">الكلمات الدالة: مايكروسوفت، أوبن إيه آي، شات جي بي تي، إنفيديا، أوراكل، برودكوم، كوبايلوت، الذكاء الاصطناعي العام</td></tr></table>`);
    const tableText = text(findArticleRoots(table));
    expect(tableText).toContain(headline);
    expect(tableText).not.toContain('الكلمات الدالة');
  });

  it("reads a vBulletin 5 thread, whose posts its engine also calls comments; skips Invision's signatures and a news page's comments", () => {
    const post = (n: number) =>
      `<li class="b-post js-post js-comment-entry__parent"><div class="b-post__content"><div class="js-post__content-text">${lines}الرد رقم ${n}</div></div></li>`;
    const thread = page(
      `<main id="content"><div class="conversation-content-widget"><ul class="conversation-list">${post(1)}${post(2)}${post(3)}</ul></div></main>`,
    );
    const got = text(findArticleRoots(thread));
    expect(got).toContain('الرد رقم 1');
    expect(got).toContain('الرد رقم 3');
    // Invision Community: the signature is named only in data-role.
    const ips = page(`<article class="cPost ipsComment"><div data-role="commentContent"><p>${para}</p></div>
      <div data-role="memberSignature" class="ipsResponsive_hidePhone"><p>مدعوم بـ Claude و Gemini</p></div></article>`);
    expect(collectText(ips.querySelector('article')!).text).not.toContain('Claude');
    const news = page(
      `<article><h1>عنوان</h1><p>${para}</p><p>${para}</p><ol class="comment-list"><li class="comment">جربت شات جي بي تي</li></ol></article>`,
    );
    expect(collectText(news.querySelector('article')!).text).not.toContain('شات جي بي تي');
  });

  it('reads a line break inside a text node as the space it is on the page', () => {
    const doc = page('<p>شراكة مع أمازون\nويب سيرفيسز</p>');
    expect(collectText(doc.body).text).toBe('شراكة مع أمازون ويب سيرفيسز');
  });

  it('stays bounded on a hostile page: deep nesting, and a title repeated by thousands of elements', () => {
    // (happy-dom's own insertion recurses: 1,500 deep is as far as it goes; the walks are iterative.)
    const deep = `${'<div>'.repeat(1500)}${lines}${'</div>'.repeat(1500)}`;
    expect(findArticleRoots(page(deep))).toHaveLength(1);
    const many = titled(
      `${headline} - موقع`,
      `${`<span>${headline}</span>`.repeat(12000)}<div id="b"><p>${para}</p><p>${para}</p></div>`,
    );
    expect(findArticleRoots(many).length).toBeGreaterThan(0);
    // A web app: thousands of elements and no <p> is no article; the walk stops after 5,000 elements.
    const app = page(`${'<div class="cell"><span>خانة في جدول التطبيق رقم كذا</span></div>'.repeat(3000)}`);
    expect(findArticleRoots(app)).toEqual([]);
  });
});

describe('collectText', () => {
  it('reads names across inline markup, breaks between blocks, skips what is not article text', () => {
    const doc = page(`<article>
      <h1>عنوان</h1><p>أعلنت Open<b>AI</b> اليوم</p>
      <aside>اقرأ أيضاً غوغل</aside><div class="related-posts">ميتا</div>
      <div><h3>اقرأ أيضاً</h3><a>ديب سيك</a></div>
      <p>باسم <code>GPT-4</code> في الواجهة</p><pre><code>client = OpenAI()</code></pre><form><textarea>OpenAI</textarea></form>
      <p hidden>مخفي</p><p style="display:none">مخفي</p><div contenteditable="true">تحرير</div>
      <script>var x = "OpenAI"</script><footer>ميتا</footer></article>`);
    const { text } = collectText(doc.querySelector('article')!);
    expect(text).toContain('أعلنت OpenAI اليوم');
    expect(text).toMatch(/عنوان\s*\n/);
    expect(text).toContain('باسم GPT-4 في الواجهة'); // inline code is part of the sentence
    for (const hidden of ['غوغل', 'ميتا', 'ديب سيك', 'client', 'textarea', 'مخفي', 'تحرير', 'var x'])
      expect(text).not.toContain(hidden);
  });
  it("never takes the article itself for a box by its class (WordPress's «tag-…», a newsletter's issue)", () => {
    const doc = page(`<main><article class="post tag-chatgpt category-ai"><p>${para}</p>
      <div class="post-tags">ميتا</div></article>
      <article class="newsletter-issue"><p>${para} أوبن إيه آي</p><div class="newsletter-signup">غوغل</div></article></main>`);
    const [first, second] = findArticleRoots(doc);
    const a = collectText(first!).text;
    const b = collectText(second!).text;
    expect(a).toContain('النماذج اللغوية');
    expect(b).toContain('أوبن إيه آي');
    // Boxes inside it still are boxes.
    expect(a).not.toContain('ميتا');
    expect(b).not.toContain('غوغل');
    // A <main> holding the text is read the same way.
    const main = page(`<main class="tags-page"><p>${para}</p></main>`);
    expect(collectText(findArticleRoots(main)[0]!).text).toContain('النماذج اللغوية');
  });

  it('reads a wrapper named like a box when it holds most of the text («has-share-buttons», «no-ads»)', () => {
    const doc = page(`<main><div class="entry-content has-share-buttons"><p>${para}</p><p>${para} أوبن إيه آي</p>
      <div class="share-box">ميتا</div></div><div class="no-ads"><p>قصير</p></div></main>`);
    const roots = findArticleRoots(doc);
    expect(roots.map((e) => e.tagName)).toEqual(['MAIN']);
    const { text } = collectText(roots[0]!);
    expect(text).toContain('أوبن إيه آي');
    // The small boxes are still boxes.
    expect(text).not.toContain('ميتا');
    expect(text).not.toContain('قصير');
    // …and an <article> inside a wrapper named like a box is still found.
    const wrapped = page(
      `<div class="post-wrap no-ads"><article><p>${para}</p></article></div><aside><p>قصير</p></aside>`,
    );
    expect(findArticleRoots(wrapped).map((e) => e.tagName)).toEqual(['ARTICLE']);
  });

  it('measures at most 64 boxes per walk (a hostile page nesting thousands named like boxes reads no further)', () => {
    const open = '<div class="share">'.repeat(100);
    const doc = page(`<main>${open}<p>${para}</p>${'</div>'.repeat(100)}</main>`);
    // Each wrapper holds all the text, but only the first 64 are measured: the 65th is a box.
    expect(collectText(doc.querySelector('main')!).text).not.toContain('النماذج');
    const few = page(`<main>${'<div class="share">'.repeat(10)}<p>${para}</p>${'</div>'.repeat(10)}</main>`);
    expect(collectText(few.querySelector('main')!).text).toContain('النماذج');
  });

  it('tells a box by a CamelCase class too («TagCloudWrapper», «RelatedStories»)', () => {
    const doc = page(`<article><p>${para}</p><div class="TagCloudWrapper"><a>OpenAI</a></div>
      <div class="RelatedStories"><a>ميتا</a></div></article>`);
    const { text } = collectText(doc.querySelector('article')!);
    expect(text).toContain('النماذج');
    expect(text).not.toContain('OpenAI');
    expect(text).not.toContain('ميتا');
  });

  it("takes in the page's one headline when the paragraphs' parent leaves it out (a print view)", () => {
    const doc = page(`<div class="print-logo">الصحيفة</div><div class="print-content"><h1>عنوان عن أوبن إيه آي</h1>
      <div class="print-submitted">تاريخ النشر</div><div class="field-body"><p>${para}</p><p>${para}</p></div></div>
      <div class="print-footer">الحقوق</div>`);
    const [root] = findArticleRoots(doc);
    expect(root!.className).toBe('print-content');
    expect(collectText(root!).text).toContain('عنوان عن أوبن إيه آي');
    // Not when climbing to the headline would take in much more text.
    const far = page(
      `<div id="top"><h1>عنوان</h1><p>${para}${para}${para}</p><div id="body"><p>${para}${para}</p><p>${para}${para}</p></div></div>`,
    );
    expect(findArticleRoots(far)[0]!.id).toBe('body');
  });

  it("reads the CMSs' own markup: Jetpack's boxes, a subscribe widget, Drupal's title field, a Blogger post", () => {
    const wp = page(`<article class="post type-post"><div class="entry-content"><p>${para}</p>
      <div class="sharedaddy sd-sharing-enabled">OpenAI</div><div id="jp-relatedposts" class="jp-relatedposts">ميتا</div>
      <div class="subscription-widget-wrap">غوغل</div></div><footer class="entry-footer">أنثروبيك</footer></article>`);
    const wpText = collectText(findArticleRoots(wp)[0]!).text;
    expect(wpText).toContain('النماذج');
    for (const box of ['OpenAI', 'ميتا', 'غوغل', 'أنثروبيك']) expect(wpText).not.toContain(box);
    // Drupal marks every field «field--label-hidden», the title's too: a label is no box.
    const drupal =
      page(`<article class="node"><h1 class="node__title"><span class="field field--name-title field--label-hidden">عنوان عن أوبن إيه آي</span></h1>
      <div class="field field--name-body field--label-hidden"><p>${para}</p></div></article>`);
    expect(collectText(findArticleRoots(drupal)[0]!).text).toContain('عنوان عن أوبن إيه آي');
    // Blogger: lines and <br> in the articleBody, the title beside it in the post.
    const lines = 'سطر طويل عن الذكاء الاصطناعي والنماذج اللغوية الكبيرة وما تفعله الشركات.<br>'.repeat(6);
    const blogger =
      page(`<h1 class="title">مدونة مطور</h1><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
      <h3 class="post-title entry-title" itemprop="name">شهر مع «جيميني»</h3>
      <div class="post-body entry-content" itemprop="description articleBody">${lines}</div>
      <div class="post-footer"><span class="post-labels">ChatGPT</span></div></div>`);
    const [root] = findArticleRoots(blogger);
    expect(root!.className).toBe('post hentry');
    const text = collectText(root!).text;
    expect(text).toContain('شهر مع «جيميني»');
    expect(text).toContain('النماذج اللغوية');
    expect(text).not.toContain('ChatGPT');
  });

  it('skips a «read also» written as paragraphs (a heading, then paragraphs that are only links), and WordPress embeds', () => {
    const doc = page(`<article><p>${para}</p><p><strong>اقرأ أيضا..</strong></p>
      <p><a href="/a">أوبن إيه آي تؤجل نموذجها</a></p><p><a href="/b">إكس إيه آي تطلق Grok 4</a></p>
      <p>وفي المقابل رفضت الشركة <a href="/c">التوقيع</a> على المدونة.</p>
      <blockquote class="wp-embedded-content"><a href="/d">مغاربة يستعينون بجيميني</a></blockquote>
      <p><a href="/e">رابط وحده بلا عنوان قبله</a></p></article>`);
    const { text } = collectText(doc.querySelector('article')!);
    for (const gone of ['اقرأ أيضا', 'أوبن إيه آي', 'Grok 4', 'جيميني']) expect(text).not.toContain(gone);
    // A paragraph with a link inside its text, and a link paragraph with no heading above, are the article's.
    expect(text).toContain('رفضت الشركة التوقيع');
    expect(text).toContain('رابط وحده');
  });

  it('skips a «follow us on Google News» box, one link and nothing else; keeps a sentence that says it', () => {
    const doc =
      page(`<article><p>${para}</p><div class="article-gnews"><a href="https://news.google.com/p">تابعوا العين الإخبارية عبر Google News</a></div>
      <p>وقالت الشركة إنها ستتابع عبر Google News أداء المواقع الإخبارية.</p></article>`);
    const { text } = collectText(doc.querySelector('article')!);
    expect(text).not.toContain('تابعوا العين');
    expect(text).toContain('ستتابع عبر Google News');
  });

  it('reads an ASP.NET page wrapped whole in a <form>, and still skips a small form', () => {
    const doc = page(`<form id="aspnetForm"><div class="ms-rtestate-field"><p>${para}</p><p>${para} أوبن إيه آي</p>
      <form class="search"><input><p>غوغل</p></form></div></form>`);
    const [root] = findArticleRoots(doc);
    const { text } = collectText(root!);
    expect(text).toContain('أوبن إيه آي');
    expect(text).not.toContain('غوغل');
  });

  it('reads CSS-modules and React markup: hashes are no words, data-testid names a box', () => {
    const doc = page(`<article><div class="KeyPoints_box__ad-4k"><p>${para} أوبن إيه آي</p></div>
      <div class="flex gap-2" data-testid="article-tags"><a>ميتا</a></div>
      <div class="RelatedArticles_wrapper__x7Yz"><a>غوغل</a></div></article>`);
    const { text } = collectText(doc.querySelector('article')!);
    expect(text).toContain('أوبن إيه آي');
    expect(text).not.toContain('ميتا');
    expect(text).not.toContain('غوغل');
  });

  it("takes in the headline above an <article> that starts with its paragraphs (Arc XP), not a theme's repeated title", () => {
    const arc = page(
      `<div class="b-story"><h1 class="b-headline">عنوان عن أوبن إيه آي</h1><article><p>${para}</p><p>[اقرأ أيضا: <a>ميتا تطلق نموذجا</a>]</p></article></div>`,
    );
    const [root] = findArticleRoots(arc);
    const text = collectText(root!).text;
    expect(text).toContain('عنوان عن أوبن إيه آي');
    expect(text).not.toContain('ميتا');
    const theme = page(`<header><h1>عنوان مكرر عن غوغل</h1></header><article><h2>العنوان</h2><p>${para}</p></article>`);
    expect(findArticleRoots(theme)[0]!.tagName).toBe('ARTICLE');
  });

  it("skips a wiki's navboxes, hatnotes, categories and edit links", () => {
    const doc =
      page(`<main id="content"><div class="mw-parser-output"><div role="note" class="hatnote">لمعان أخرى: غوغل</div>
      <p>${para}</p><h2>التاريخ<span class="mw-editsection">[تعديل ميتا]</span></h2><p>${para} أوبن إيه آي</p>
      <div class="navbox"><a>ديب سيك</a></div></div><div id="catlinks" class="catlinks">تصنيفات: كلود</div></main>`);
    const { text } = collectText(findArticleRoots(doc)[0]!);
    expect(text).toContain('أوبن إيه آي');
    for (const box of ['غوغل', 'ميتا', 'ديب سيك', 'كلود']) expect(text).not.toContain(box);
  });

  it("skips a wiki's site notice (a campaign naming models above every article)", () => {
    const doc =
      page(`<div id="content" class="mw-body" role="main"><div id="siteNotice"><div id="localNotice"><div class="anonnotice">شهر مقالات الذكاء الاصطناعي: ساعد في تحديث مقالات شات جي بي تي وجيميني</div></div></div>
      <div class="mw-parser-output"><p>${para}</p><p>${para}</p></div></div>`);
    const text = collectText(findArticleRoots(doc)[0]!).text;
    expect(text).toContain('النماذج اللغوية');
    expect(text).not.toContain('جيميني');
  });

  it("skips a wiki's «see also» and external-links sections, up to the next heading", () => {
    const doc = page(`<main><div class="mw-parser-output"><p>${para}</p>
      <div class="mw-heading mw-heading2"><h2>انظر أيضًا</h2></div><ul><li>ديب سيك</li></ul>
      <h2>وصلات خارجية</h2><ul><li>ميتا</li></ul><h2>التاريخ</h2><p>${para} أوبن إيه آي</p></div></main>`);
    const { text } = collectText(findArticleRoots(doc)[0]!);
    expect(text).toContain('أوبن إيه آي');
    expect(text).toContain('التاريخ');
    for (const gone of ['ديب سيك', 'ميتا', 'انظر']) expect(text).not.toContain(gone);
  });

  it('maps offsets back to text nodes', () => {
    const doc = page('<article><p>أعلنت Open<b>AI</b> اليوم</p></article>');
    const c = collectText(doc.querySelector('article')!);
    const start = c.text.indexOf('OpenAI');
    const a = locate(c.segments, start, 'start')!;
    const b = locate(c.segments, start + 6, 'end')!;
    // (happy-dom's Range.toString is wrong across elements; the browsers' is checked end to end)
    expect(a.node.data.slice(a.offset)).toBe('Open');
    expect(b.node.data.slice(0, b.offset)).toBe('AI');
  });
});

describe('readPageHints', () => {
  it('reads JSON-LD NewsArticle, og:type and the publication date', () => {
    const doc = page('');
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify({
      '@graph': [{ '@type': 'NewsArticle', datePublished: '2025-08-19', articleSection: 'تكنولوجيا' }],
    });
    doc.head.append(s);
    const h = readPageHints(doc);
    expect(h).toMatchObject({ isArticle: true, published: '2025-08-19', section: 'تكنولوجيا', lang: 'ar' });
    expect(verdictHints(h)).toEqual(['section تكنولوجيا']);
    expect(verdictHints({ ...h, section: 'رياضة' })).toEqual([]);
  });
  it('survives broken JSON-LD', () => {
    const doc = page('');
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = '{ not json';
    doc.head.append(s);
    expect(readPageHints(doc).isArticle).toBe(false);
  });
});

describe('IntervalIndex', () => {
  it('finds the interval holding an offset by binary search', () => {
    const idx = new IntervalIndex([
      { start: 10, end: 15, item: 'b' },
      { start: 0, end: 5, item: 'a' },
      { start: 20, end: 30, item: 'c' },
    ]);
    expect([0, 4, 5, 9, 10, 14, 15, 25, 30].map((o) => idx.at(o))).toEqual([
      'a',
      'a',
      null,
      null,
      'b',
      'b',
      null,
      'c',
      null,
    ]);
  });
});
