import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/recognize';
import { loadAssets } from '../../../scripts/node-kb';

/**
 * The context rules for ambiguous names, on the real KB: a cue or veto can be the
 * word right next to the mention (written ~ in the KB), the definite article can
 * mean the other sense, and a company is the subject of a verb in the feminine.
 */
const { matcher } = loadAssets();
const TECH =
  'أعلنت شركة أوبن إيه آي عن نموذج ذكاء اصطناعي جديد، فيما طرحت غوغل نموذج جيميني للمطورين. ' +
  // Far enough from what follows that its words are no cue there.
  'وفي سياق منفصل، شهدت المدينة خلال الأسبوع الماضي سلسلة من الفعاليات الثقافية والرياضية التي حضرها جمهور كبير من الزوار والسكان. ';

function found(text: string): string[] {
  const r = recognize(TECH + text, matcher, { lang: 'ar' });
  expect(r.article.isTechNews).toBe(true);
  return r.entities.flatMap((e) => e.mentions.filter((m) => m.start >= TECH.length).map((m) => `${e.id}:${m.text}`));
}

describe('context rules of ambiguous names', () => {
  it('a veto right after the name: Claude Shannon is a person, «كلود» beside him is the model', () => {
    expect(found('كرّمت أنثروبيك عالم الرياضيات كلود شانون حين سمّت نموذجها «كلود».')).toEqual([
      'anthropic:أنثروبيك',
      'claude:كلود',
    ]);
  });

  it('a veto word is the other sense only where it says so: «شخصية لاما» is a character, «الحواسيب الشخصية» is not', () => {
    expect(found('وتنتشر نسخ صغيرة من R1 مبنية على نماذج كوين ولاما، يمكن تشغيلها على الحواسيب الشخصية.')).toContain(
      'llama:لاما',
    );
    expect(found('وفي المسلسل الكرتوني تبقى شخصية لاما على الهامش، تدخل المشهد ثم تخرج.')).not.toContain('llama:لاما');
  });

  it('the definite article glued to the name means the other sense', () => {
    expect(found('وتستهلك مراكز البيانات مياهاً تعادل ما يجري في الأمازون، بحسب أمازون نفسها.')).toEqual([
      'amazon:أمازون',
    ]);
    expect(
      found('ووظّفت المدينة روبوتات لقيادة الإبل. وفي شأن آخر تماماً من أخبار الأسبوع، كشفت أبل عن هاتف جديد.'),
    ).toEqual(['apple:أبل']);
  });

  it('a cue right before the name, and a company after a verb in the feminine', () => {
    expect(found('وقالت ميتا إن الخطة ستتأخر شهرين.')).toEqual(['meta:ميتا']);
    expect(found('وأفادت الشرطة بأن الرجل وجد ميتا في منزله.')).toEqual([]);
  });

  it("the writer's marks decide: «علامَ» (on what?) is no ALLaM, «علّام» and a bare «علام» beside it are", () => {
    const t =
      'وطوّرت سدايا نموذج «علّام» للغة العربية. ولسائل أن يسأل: علامَ يتنازع هؤلاء؟ وفي التجربة تفوّق علام في النحو.';
    const mentions = found(t).filter((m) => m.startsWith('allam'));
    expect(mentions.map((m) => m.split(':')[1])).toEqual(['نموذج «علّام', 'علام']);
  });

  it('a company accepted by its cues supports its family elsewhere in the article, in tech news', () => {
    const t =
      'وأعلنت شركة ميتا معارضتها للقانون الجديد في بروكسل. ' +
      'وفي فقرة أخرى بعيدة عن تلك، يرى مراقبون أن الشركات الناشئة في المنطقة التي تبني منتجاتها على لاما ستجد نفسها أمام التزامات إضافية.';
    expect(found(t).filter((m) => m.startsWith('llama') || m.startsWith('meta'))).toEqual(['meta:ميتا', 'llama:لاما']);
  });

  it('numbers after «أو» (or) are no o1 or o3, spaced or marked words are no Llama or Aya', () => {
    const t =
      'وتصل الغرامات إلى 15 مليون يورو أو 3 في المئة من الإيرادات، أو 1% في حالات أخرى. ' +
      'والحكم يتناول ما يجري داخل النموذج لا ما يخرج منه، وينطبق على أي نموذج أيّاً كان مقره.';
    expect(found(t).filter((m) => /^(o1|o3|llama|aya)/.test(m))).toEqual([]);
  });

  it('a name vetoed as a person is that person again wherever the same surname follows it', () => {
    const t =
      'وانضم المدرب الفرنسي كلود فاليير إلى الجهاز الفني للمنتخب هذا الموسم. ' +
      'وتحرر الخلية التقنية تقاريرها بمساعدة نموذج Claude من أنثروبيك، وهي تقارير يطلع عليها الطاقم كل أسبوع بعد المباريات. ' +
      'غير أن كلود فاليير يحرص على التذكير بأن القرار يبقى للمدرب.';
    expect(found(t).filter((m) => m.startsWith('claude'))).toEqual(['claude:Claude']);
  });
});
