// The vocabulary the article verdict counts (lib/article/detect.ts), in plain spelling,
// and how it is counted. Kept apart so the gate content script can use both without the
// normaliser's tables.

/** AI and tech vocabulary of the Arabic press (normalised when used). */
export const TECH_TERMS: readonly string[] = [
  'الذكاء الاصطناعي',
  'ذكاء اصطناعي',
  'نموذج لغوي',
  'نماذج لغويه',
  'النماذج اللغويه',
  'نموذج',
  'نماذج',
  'روبوت محادثه',
  'روبوتات المحادثه',
  'روبوت الدردشه',
  'دردشه',
  'شات بوت',
  'تعلم الاله',
  'التعلم الالي',
  'التعلم العميق',
  'خوارزمي',
  'رقائق',
  'الرقاقات',
  'شرائح',
  'معالج',
  'وحدات معالجه الرسوميات',
  'الحوسبه',
  'السحابيه',
  'مراكز البيانات',
  'مركز بيانات',
  'البيانات',
  'تقنيه',
  'التقنيه',
  'تكنولوجيا',
  'التكنولوجيا',
  'شركه ناشئه',
  'الشركات الناشئه',
  'مفتوح المصدر',
  'مفتوحه المصدر',
  'الاوزان المفتوحه',
  'برمجيات',
  'البرمجه',
  'المطورين',
  'مطوري',
  'تطبيق',
  'منصه',
  'معلمه',
  'مليار معلمه',
  'الانترنت',
  'رقمي',
  'الهواتف الذكيه',
  'حاسوب',
  'الكمبيوتر',
  'وكلاء الذكاء',
  'وكيل ذكي',
  'توليد الصور',
  'توليدي',
  'التوليدي',
  'نظارات ذكيه',
  'النظارات الذكيه',
  'الواقع المعزز',
  'الواقع الافتراضي',
  'اجهزه',
  'الاجهزه',
  'الهاتف',
  'هواتف',
  'الهواتف',
  'ايفون',
  'اندرويد',
  'برنامج',
  'برامج',
  'المستخدمين',
  'مستخدمي',
  'شركات التقنيه',
  'شركات التكنولوجيا',
  'عمالقه التكنولوجيا',
  'خوادم',
  'الخوادم',
  'الامن السيبراني',
  'تشفير',
  'متصفح',
  'محرك بحث',
  'خوارزميات',
  'روبوت',
  'الروبوتات',
  'اشباه الموصلات',
  // The tech talk of blogs and forums (Egyptian and Levantine, English words in Arabic letters).
  'كودينج',
  ' الكود',
  ' كود ',
  'برومبت',
  'ديفلوبر',
  'ابتكار',
  'استثمار في الذكاء',
  'artificial intelligence',
  ' ai ',
  'llm',
  'chatbot',
  'open source',
  'gpu',
  'startup',
];

/** Vocabulary of sport, politics, weather and culture pages (pulls the score down). */
export const OFF_TOPIC_TERMS: readonly string[] = [
  'مباراه',
  'الدوري',
  'المنتخب',
  'مدرب',
  'لاعب',
  'هدف',
  'البطوله',
  'الملعب',
  'كاس العالم',
  'انتخابات',
  'البرلمان',
  'الحكومه',
  'وزير',
  'رئيس الوزراء',
  'الطقس',
  'درجات الحراره',
  'الامطار',
  'الارصاد',
  'حفل',
  'فيلم',
  'الفنان',
  'فرقه',
  'اغنيه',
  'مهرجان',
  'السياحه',
  'رحله',
  'الجيش',
  'البحريه',
  'الشرطه',
  'سباق',
  'فورمولا',
  'وصفه',
  'المطبخ',
  'الابراج',
];

/**
 * Which of `terms` occur in a text, in the terms' order, in one pass: a lookahead at
 * every position finds the longest term starting there, and a term found means every
 * term that is its prefix is there too (two terms matching at one place are prefix
 * and whole). The same answer as testing each term with includes(), which read the
 * text once per term (~130 times).
 */
export function termFinder(terms: readonly string[]): (text: string) => string[] {
  const longestFirst = [...new Set(terms)].sort((a, b) => b.length - a.length);
  const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?=(${longestFirst.map(literal).join('|')}))`, 'g');
  // Each term's prefixes that are terms too (by slicing: ~130 terms of ~10 units, not 130² comparisons).
  const known = new Set(longestFirst);
  const prefixesOf = new Map<string, string[]>();
  for (const t of longestFirst) {
    const ps: string[] = [];
    for (let k = 1; k <= t.length; k++) if (known.has(t.slice(0, k))) ps.push(t.slice(0, k));
    prefixesOf.set(t, ps);
  }
  return (text) => {
    // The text is normalised (lower case); pad so " ai " can match at the edges.
    const found = new Set<string>();
    for (const m of ` ${text} `.matchAll(re)) for (const p of prefixesOf.get(m[1]!)!) found.add(p);
    return terms.filter((t) => found.has(t));
  };
}
