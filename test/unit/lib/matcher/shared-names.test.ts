import { describe, expect, it } from 'vitest';
import { recognize } from '../../../../lib/recognize';
import { loadAssets } from '../../../../scripts/node-kb';

const { matcher } = loadAssets();
/** The entity each «كوبايلوت» of the text is given, in order. */
const copilots = (text: string) =>
  recognize(text, matcher, { always: true })
    .entities.flatMap((e) => e.mentions.filter((m) => m.text === 'كوبايلوت').map((m) => ({ at: m.start, id: e.id })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.id);
const FILL = ' يعتمد عليه المطورون في الشركات الناشئة والكبيرة على حد سواء منذ سنوات.'.repeat(8);

describe('a short name two products share («كوبايلوت»)', () => {
  it('is the product named in full just before it', () => {
    expect(copilots('جربنا أداة جيت هب كوبايلوت للبرمجة، ثم فيكمّل كوبايلوت الدالة وحده.')).toEqual(['github-copilot']);
    expect(copilots('أطلقت مايكروسوفت كوبايلوت الجديد في ويندوز، ويجيب كوبايلوت عن الأسئلة.')).toEqual([
      'microsoft-copilot',
    ]);
  });

  it('is the nearer one when both are named', () => {
    expect(
      copilots(
        `قارنا GitHub Copilot بأدوات أخرى.${FILL} ثم أعلنت مايكروسوفت تحديثاً لمساعدها، وقال إن كوبايلوت صار أسرع.`,
      ),
    ).toEqual(['microsoft-copilot']);
  });

  it('is the one named just after it when none is named before («كوبايلت بتاع جيت هاب»)', () => {
    const microsoft = `مايكروسوفت ومايكروسوفت.${FILL}${FILL}`;
    expect(copilots(`${microsoft} وفي كوبايلوت بتاع جيت هاب اللي شغال جوه المحرر.`)).toEqual(['github-copilot']);
    expect(copilots(`${microsoft} وفي كوبايلوت اللي شغال جوه المحرر.`)).toEqual(['microsoft-copilot']);
  });

  it('is so in Latin letters too («GitHub Copilot… Cursor وCopilot»)', () => {
    const found = recognize(
      'يعمل الفريق بأداة GitHub Copilot منذ عام، ويقول المطورون إن Cursor وCopilot يكملان بعضهما.',
      matcher,
      {
        always: true,
      },
    ).entities.map((e) => [e.id, e.mentions.length]);
    expect(found.filter(([id]) => String(id).includes('copilot'))).toEqual([['github-copilot', 2]]);
    const alone = recognize(
      'يتيح Copilot في ويندوز تلخيص الملفات بالذكاء الاصطناعي، ويعمل التطبيق على الحاسوب والهاتف، كما أعلنت مايكروسوفت.',
      matcher,
    );
    expect(alone.entities.map((e) => e.id).sort()).toEqual(['microsoft', 'microsoft-copilot']);
  });

  it('is the one the article names more often when none is named near, and the usual one on a tie', () => {
    const github = 'GitHub Copilot وجيت هب كوبايلوت ومنصة GitHub';
    expect(copilots(`${github}.${FILL}${FILL} اخترنا كوبايلوت لفريقنا.`)).toEqual(['github-copilot']);
    expect(copilots(`GitHub Copilot ومايكروسوفت.${FILL}${FILL} اخترنا كوبايلوت لفريقنا.`)).toEqual([
      'microsoft-copilot',
    ]);
  });
});

describe('a company right after a verb in the feminine', () => {
  const ids = (text: string) =>
    recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);
  // The tech words stand far from the name: the verb alone must decide.
  const FAR =
    ' وقال مسؤولون في الحكومة إن الاجتماع المقبل سيعقد في العاصمة خلال الأسبوع القادم بحضور عدد من الوزراء والسفراء والخبراء.' +
    ' أطلقت أوبن إيه آي نموذج الذكاء الاصطناعي الجديد لتوليد الصوت، وتنافسها شركات التقنية في النماذج اللغوية.';
  it('is the company even with quotes between, and «ميتاً» (dead) never is', () => {
    expect(ids(`وامتنعت «ميتا» عن الرد.${FAR}`)).toContainEqual(['meta', ['ميتا']]);
    expect(ids(`وامتنعت «ميتا» عن الرد، ومن أنطق قارئاً ميتاً فقد أخطأ.${FAR}`)).toContainEqual(['meta', ['ميتا']]);
  });
});

describe('a spelling that begins with «مشروع»', () => {
  const ids = (text: string) =>
    recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);
  it('gives way to a longer name right after the word', () => {
    expect(ids('حين يبدأ مشروع «ستارغيت الإمارات» العمل في أبوظبي.')).toEqual([['stargate-uae', ['ستارغيت الإمارات']]]);
    expect(ids('تمويل مشروع ستارغيت الأمريكي لمراكز البيانات.')).toEqual([['stargate', ['مشروع ستارغيت']]]);
  });
});

describe('a veto word', () => {
  it('counts only on the name’s own line (the next ticker item is not next to it)', () => {
    const ticker =
      '«علي بابا»: «كوين» يتجاوز 10 ملايين مستخدم في أسبوع\nفرقة تحية لـ«كوين» تحيي حفلاً في بوليفارد سيتي الجمعة\n' +
      'إطلاق نموذج الذكاء الاصطناعي الجديد من أوبن إيه آي لتوليد النصوص والصور للمطورين، والنماذج اللغوية المفتوحة تتنافس على البرمجة والروبوتات.';
    const qwen = recognize(ticker, matcher, { always: true }).entities.find((e) => e.id === 'qwen');
    expect(qwen?.mentions.map((m) => m.start)).toEqual([ticker.indexOf('كوين')]);
  });
});

describe('a name glossed in Latin letters in parentheses', () => {
  const ids = (text: string) =>
    recognize(text, matcher, { always: true })
      .entities.map((e) => [e.id, e.mentions.map((m) => m.text)])
      .sort();
  it('names what the Latin name names: «غروك» (Groq) is the chip maker, in either order', () => {
    expect(ids('تنافس شركة «غروك» (Groq) في رقائق الاستدلال.')).toEqual([['groq', ['غروك', 'Groq']]]);
    expect(ids('تنافس شركة Groq (غروك) في رقائق الاستدلال.')).toEqual([['groq', ['Groq', 'غروك']]]);
    // Without the gloss the letters are xAI's chatbot's.
    expect(ids('تنافس شركة «غروك» في رقائق الاستدلال، و(Groq) شركة أخرى.')).toContainEqual(['grok', ['غروك']]);
  });
  it('makes the spelling name the same elsewhere in the article, unless the other sense is plainly meant there', () => {
    const text =
      'اتفقت «إنفيديا» مع شركة الرقائق «غروك» (Groq) على ترخيص تقنيتها، وتبقى غروك شركة مستقلة يقودها مديرها المالي. ' +
      'وقال محللون إن الصفقة تمنح الشركة سيولة كبيرة لتوسيع مراكز بياناتها في الشرق الأوسط وأوروبا خلال العامين المقبلين. ' +
      'ولا علاقة للشركة بنموذج «غروك» الذي تطوره «إكس إيه آي».';
    const found = ids(text);
    expect(found).toContainEqual(['groq', ['غروك', 'Groq', 'غروك']]);
    expect(found).toContainEqual(['grok', ['غروك']]);
  });
  it('leaves a developer or family in parentheses alone', () => {
    expect(ids('روبوت «جيميناي» (Google) الجديد.')).toEqual([
      ['gemini', ['جيميناي']],
      ['google', ['Google']],
    ]);
  });
});

describe('Arabic words before another entity’s Latin name', () => {
  const ids = (text: string) =>
    recognize(text, matcher, { always: true })
      .entities.map((e) => [e.id, e.mentions.map((m) => m.text)])
      .sort();
  it('name the product whose Arabic spelling they begin («وكيل ChatGPT» is ChatGPT agent)', () => {
    expect(ids('أتاحت OpenAI وكيل ChatGPT لمشتركي الخطة المدفوعة.')).toEqual([
      ['chatgpt-agent', ['وكيل ChatGPT']],
      ['openai', ['OpenAI']],
    ]);
    expect(ids('حمّل الملايين تطبيق DeepSeek في أسبوع.')).toEqual([['deepseek-app', ['تطبيق DeepSeek']]]);
  });
  it('are not derived where the English name already ends with the other’s ("Code Llama")', () => {
    expect(ids('المشكلة ليست في الكود. Llama 3.1 يدعم استدعاء الأدوات.').map((e) => e[0])).toEqual(['llama-3-1']);
  });
  it('take the entity’s own Latin name whole («مساعد Meta AI», not «مساعد Meta» and a word)', () => {
    expect(ids('ويمكن سؤال مساعد Meta AI داخل واتساب.')).toEqual([['meta-ai', ['مساعد Meta AI']]]);
  });
});

describe('an ambiguous spelling glossed by a Latin name that is no KB name', () => {
  const ids = (text: string) =>
    recognize(text, matcher, { always: true })
      .entities.map((e) => [e.id, e.mentions.map((m) => m.text)])
      .sort();
  const COURT =
    'رفعت جمعية حقوق الأداء الموسيقي "جيما" (GEMA) دعوى على أوبن إيه آي، وتطور غوغل نماذج ذكاء اصطناعي أيضاً. ' +
    'وقالت "جيما" إن النموذج حفظ كلمات الأغاني.';
  it('is that other thing wherever the article writes it («"جيما" (GEMA)»)', () => {
    expect(ids(COURT)).toEqual([
      ['google', ['غوغل']],
      ['openai', ['أوبن إيه آي']],
    ]);
  });
  it('is still the entity where the article surely names it', () => {
    const found = ids(`${COURT} أما نموذج Gemma 3 من غوغل فمفتوح، ونماذج "جيما" تعمل على الحاسوب.`);
    expect(found.map((e) => e[0])).toContain('gemma');
  });
});

describe('a company named before its verb', () => {
  const ids = (text: string) =>
    recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);
  const FAR =
    ' وقال مسؤولون في الحكومة إن الاجتماع المقبل سيعقد في العاصمة خلال الأسبوع القادم بحضور عدد من الوزراء والسفراء والخبراء.' +
    ' أطلقت أوبن إيه آي نموذج الذكاء الاصطناعي الجديد لتوليد الصوت، وتنافسها شركات التقنية في النماذج اللغوية.';
  it('is the company in «أما "ميتا" فرفضت» and «ميتا تبيع»', () => {
    expect(ids(`وقّعت شركات كثيرة المدونة. أما "ميتا" فرفضت التوقيع.${FAR}`)).toContainEqual(['meta', ['ميتا']]);
    expect(ids(`وقّعت شركات كثيرة المدونة. أما "ميتا" فهي كلمة يونانية.${FAR}`).map((e) => e[0])).not.toContain('meta');
    expect(ids(`المنافسة: ميتا تبيع نظارتها بسعر أقل.${FAR}`)).toContainEqual(['meta', ['ميتا']]);
  });
});

describe('a product named by its developer in Arabic and the rest in Latin', () => {
  it('is the product («إنفيديا ACE»)', () => {
    const found = recognize('تعتمد اللعبة على حزمة "إنفيديا ACE" للشخصيات الرقمية.', matcher, { always: true });
    expect(found.entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([['nvidia-ace', ['إنفيديا ACE']]]);
  });
});

describe('the Latin «Llama»', () => {
  const ids = (text: string) => recognize(text, matcher, { always: true }).entities.map((e) => e.id);
  const TECH =
    ' وتتيح أدوات الذكاء الاصطناعي التوليدي توليد الصور عبر التطبيق على الهاتف والحاسوب، كما أعلنت أوبن إيه آي.';
  it('is the animal in an English prompt («a cute baby llama»), and the model beside Meta or model words', () => {
    expect(ids(`برومبت اليوم: A cute baby llama wearing a red shemagh, studio light.${TECH}`)).not.toContain('llama');
    expect(ids(`جربنا نموذج Llama من ميتا على الحاسوب.${TECH}`)).toContain('llama');
  });
});

describe("a name whose other sense's owner the article names", () => {
  const mentions = (text: string, id: string) =>
    recognize(text, matcher)
      .entities.find((e) => e.id === id)
      ?.mentions.map((m) => m.text) ?? [];
  const TECH =
    ' وتعتمد الشركات على نماذج الذكاء الاصطناعي التوليدي والنماذج اللغوية الكبيرة في تدريب الروبوتات، كما أعلنت أوبن إيه آي وغوغل.';
  it('needs a cue there: the robot «أطلس» beside Boston Dynamics; the browser by its cue', () => {
    const robot =
      'كشفت شركة بوسطن ديناميكس الأمريكية في معرض لاس فيغاس عن شراكة جديدة مع غوغل ديب مايند لتشغيل "أطلس" بنماذج "جيميني روبوتيكس".';
    expect(mentions(robot + TECH, 'chatgpt-atlas')).toEqual([]);
    // Without Boston Dynamics, the same sentence's neighbours (a sure name just after) accept it.
    const noOwner = 'وفي معرض لاس فيغاس هذا الأسبوع جرى لتشغيل "أطلس" بنماذج "جيميني روبوتيكس".';
    expect(mentions(noOwner + TECH, 'chatgpt-atlas')).toEqual(['أطلس']);
    // A cue still wins: the browser («تصفح») in an article that also names Boston Dynamics.
    expect(mentions(`${robot}${TECH} وفي خبر آخر، صار "أطلس" يتيح تصفح المواقع بوكيل ذكي.`, 'chatgpt-atlas')).toEqual([
      'أطلس',
    ]);
  });

  it("Unitree's robot R1 is not DeepSeek's model where the article names both companies", () => {
    const t =
      'عرضت يونيتري روبوتاتها البشرية في دبي، وتحدثت عن نماذج ديب سيك للمحادثة الصوتية في روبوتاتها.' +
      ' ولفت المتحدث إلى أن الشركة، التي تستعد لطرح أسهمها، تبيع أيضاً روبوتاً أصغر باسم R1 بسعر يقارب 5900 دولار.';
    expect(mentions(t + TECH, 'deepseek-r1')).toEqual([]);
    expect(mentions(t.replace('يونيتري', 'الشركة الصينية') + TECH, 'deepseek-r1')).toEqual(['R1']);
  });
});

describe('a name that begins with the article, after the preposition ل («للهيئة…»)', () => {
  it('is found', () => {
    const t = 'بدأ تطويره في المركز الوطني التابع للهيئة السعودية للبيانات والذكاء الاصطناعي «سدايا».';
    const sdaia = recognize(t, matcher, { always: true }).entities.find((e) => e.id === 'sdaia');
    expect(sdaia?.mentions.map((m) => m.text)).toEqual(['للهيئة السعودية للبيانات والذكاء الاصطناعي', 'سدايا']);
  });
});

describe('smaller rules of session 9', () => {
  const ids = (text: string) =>
    Object.fromEntries(recognize(text, matcher, { always: true }).entities.map((e) => [e.id, e.mentions.length]));
  it('a size with a decimal point after a hyphen is a suffix («Falcon-H1-0.5B-Instruct» is Falcon-H1)', () => {
    expect(ids('جرت التجارب على الطراز الأصغر Falcon-H1-0.5B-Instruct في المختبر.')).toEqual({ 'falcon-h1': 1 });
    // Another Latin word after the hyphen still makes another name.
    expect(ids('جرت التجارب على الطراز Falcon-H1-Tiny في المختبر.')).toEqual({});
  });
  it('a gloss after a closing double prime («″جروك″ (Groq)») names what the Latin name names', () => {
    const t = 'ولا علاقة لهذا الإعلان بشركة الرقائق الأمريكية ″جروك″ (Groq) التي تشغّل مركزاً للاستدلال في الدمام.';
    expect(ids(t)).toEqual({ groq: 2 });
  });
  it('a company after «موظفان سابقان في»', () => {
    const t =
      'كشفت شركة ناشئة، التي أسسها موظفان سابقان في "آبل"، عن دبوس ذكي بسعر 699 دولاراً يعمل بنماذج الذكاء الاصطناعي.' +
      ' وتعتمد الأجهزة على النماذج اللغوية الكبيرة والذكاء الاصطناعي التوليدي، كما أعلنت أوبن إيه آي عن نموذج جديد للتطبيق.';
    expect(ids(t)).toMatchObject({ apple: 1 });
  });
  it('«الأيام دي» (Egyptian: these days) is no AMD, though «إي إم دي» is', () => {
    const t = 'يعني الأيام دي كل الناس بتستخدم شات جي بي تي وجيميني في الشغل، والذكاء الاصطناعي بقى في كل حاجة.';
    expect(ids(t)).not.toHaveProperty('amd');
    expect(ids('وتنافس إي إم دي شركة إنفيديا في رقائق الذكاء الاصطناعي لمراكز البيانات.')).toMatchObject({ amd: 1 });
  });
  it('a company after «نماذج من»', () => {
    const t =
      'وقال المعهد إن نموذج Falcon-H1-34B يضاهي في اختبارات عدة نماذج يبلغ حجمها ضعف حجمه، من بينها نماذج من «ميتا» و«علي بابا»، بينما يتفوق أصغر نماذج العائلة على نماذج بحجم 7 مليارات معامل.' +
      ' وأتاح معهد الابتكار التكنولوجي النماذج على منصة «هاغينغ فيس» للذكاء الاصطناعي التوليدي.';
    expect(ids(t)).toMatchObject({ meta: 1 });
  });
});
