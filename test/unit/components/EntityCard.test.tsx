// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../../components/EntityCard';
import { AR, CHATGPT, DEEPSEEK_R1, EN, GPT_4, GPT_OSS_120B, LLAMA, OPENAI } from './fixtures';
import { click, facts, mount, text } from './render';

describe('EntityCard (full)', () => {
  it('shows an open-weights model in Arabic: badge with licence, date, developer, country, size, hardware, family, sources', () => {
    const c = mount(<EntityCard card={GPT_OSS_120B} fmt={AR} />);
    const card = c.querySelector('article[data-entity-id="gpt-oss-120b"]')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('lang')).toBe('ar');
    const badge = card.querySelector('.k-badge')!;
    expect(badge.getAttribute('data-tone')).toBe('open');
    expect(text(badge)).toContain('أوزان مفتوحة');
    expect(text(badge)).toContain('Apache-2.0');
    // The badge says it in words and with an icon, not by colour alone.
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    const body = text(card);
    expect(body).toContain('جي بي تي أو إس إس 120');
    expect(body).toContain('أُطلق في ٥ أغسطس ٢٠٢٥');
    expect(body).toContain('أوبن إيه آي');
    expect(body).toContain('الولايات المتحدة');
    expect(body).toContain('١١٧ مليار إجمالًا');
    expect(body).toContain('٥٫١ مليار نشطة لكل رمز');
    expect(body).toContain('بطاقة رسومية واحدة');
    // The Latin name is isolated inside the Arabic heading.
    const latin = card.querySelector('h3 bdi[dir="ltr"]');
    expect(latin?.textContent).toBe('gpt-oss-120b');
  });

  it('links sources safely: new tab, no referrer, web links only', () => {
    const c = mount(<EntityCard card={GPT_OSS_120B} fmt={EN} />, 'ltr');
    const links = [...c.querySelectorAll('.k-sources a')] as HTMLAnchorElement[];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://openai.com/index/introducing-gpt-oss/');
    expect(links[0]!.target).toBe('_blank');
    expect(links[0]!.rel).toBe('noreferrer');
    // The javascript: source is shown as text, never as a link.
    expect(text(c.querySelector('.k-sources'))).toContain('Bad link');
    expect(c.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('marks a closed model, a rumoured size with "~", and predecessor/successor', () => {
    const c = mount(<EntityCard card={GPT_4} fmt={EN} />, 'ltr');
    const badge = c.querySelector('.k-badge')!;
    expect(badge.getAttribute('data-tone')).toBe('closed');
    expect(text(badge)).toBe('Closed: API only');
    const body = text(c);
    expect(body).toContain('~1.8T total (unconfirmed rumour)');
    expect(c.querySelector('.k-rumour')).not.toBeNull();
    expect(facts(c)).toMatchObject({
      'Came after': 'GPT-3',
      'Followed by': 'GPT-5',
      'Runs on': 'A data centre',
      'Works with': 'images, text',
      Family: 'GPT',
    });
  });

  it('uses Latin digits when the reader chose them, and says what kind of date it is', () => {
    const c = mount(<EntityCard card={DEEPSEEK_R1} fmt={{ lang: 'ar', digits: 'latn' }} />);
    const body = text(c);
    expect(body).toContain('نُشرت ورقته البحثية في يناير 2025');
    expect(body).toContain('~671 مليار إجمالًا');
    expect(body).toContain('(تقدير)');
    expect(body).not.toMatch(/[٠-٩]/);
  });

  it('shows organisations, families and products with their own facts', () => {
    expect(facts(mount(<EntityCard card={OPENAI} fmt={EN} />, 'ltr'))).toEqual({
      Country: 'United States',
      Type: 'Company',
      Founded: '2015',
      Headquarters: 'San Francisco',
    });
    expect(facts(mount(<EntityCard card={LLAMA} fmt={EN} />, 'ltr'))).toMatchObject({
      Developer: 'Meta',
      'Models in the family': '20',
    });
    expect(facts(mount(<EntityCard card={CHATGPT} fmt={AR} />))).toMatchObject({
      التاريخ: 'أُطلق في ٣٠ نوفمبر ٢٠٢٢',
      الفئة: 'روبوت محادثة',
    });
  });

  it('collapses in a list: the heading button toggles, with aria-expanded', () => {
    const onToggle = vi.fn();
    const c = mount(<EntityCard card={GPT_4} fmt={EN} expanded={false} onToggle={onToggle} mentionCount={3} />, 'ltr');
    const toggle = c.querySelector('button.k-card-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(c.querySelector('.k-facts')).toBeNull();
    expect(text(c.querySelector('.k-card-gist'))).toContain('Released March 14, 2023');
    expect(text(c.querySelector('.k-count'))).toContain('3×');
    click(toggle);
    expect(onToggle).toHaveBeenCalledWith('gpt-4');
    const open = mount(<EntityCard card={GPT_4} fmt={EN} expanded onToggle={onToggle} />, 'ltr');
    expect(open.querySelector('.k-card-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(open.querySelector('.k-facts')).not.toBeNull();
  });

  it('steps through mentions with labelled previous/next buttons', () => {
    const onStep = vi.fn();
    const c = mount(<EntityCard card={OPENAI} fmt={AR} mentionCount={6} mentionIndex={1} onMentionStep={onStep} />);
    expect(text(c.querySelector('.k-mentions'))).toContain('مرات الذكر في المقال: ٦');
    expect(text(c.querySelector('.k-mention-pos'))).toBe('الإشارة ٢ من ٦');
    const [prev, next] = [...c.querySelectorAll('.k-mention-nav button')];
    expect(prev!.getAttribute('aria-label')).toContain('الإشارة السابقة');
    expect(next!.getAttribute('aria-label')).toContain('الإشارة التالية');
    click(next);
    click(prev);
    expect(onStep.mock.calls).toEqual([
      ['openai', 1],
      ['openai', -1],
    ]);
  });

  it('turns related names into buttons when asked', () => {
    const onSelect = vi.fn();
    const c = mount(<EntityCard card={GPT_4} fmt={EN} onSelectEntity={onSelect} />, 'ltr');
    const buttons = [...c.querySelectorAll('button.k-link')].map((b) => text(b));
    expect(buttons).toEqual(['OpenAI', 'GPT', 'GPT-3', 'GPT-5']);
    click([...c.querySelectorAll('button.k-link')].find((b) => text(b) === 'GPT-5'));
    expect(onSelect).toHaveBeenCalledWith('gpt-5');
  });

  it('shows news time: age at the article and a newer model released since', () => {
    const c = mount(
      <EntityCard
        card={GPT_4}
        fmt={AR}
        newsTime={{
          ageMonths: 17,
          beforeRelease: false,
          newer: { id: 'gpt-5', name: 'GPT-5', nameAr: 'جي بي تي-5', released: null },
          newerSinceArticle: true,
        }}
      />,
    );
    const note = text(c.querySelector('.k-newstime'));
    expect(note).toContain('عمره حين نُشر المقال: سنة و٥ أشهر');
    expect(note).toContain('صدر بعده منذ ذلك الحين: جي بي تي-5 GPT-5');
  });
});

describe('EntityCard (compact, for the hover card)', () => {
  it('shows only the essentials and a labelled "more" button', () => {
    const onMore = vi.fn();
    const c = mount(<EntityCard card={GPT_OSS_120B} fmt={AR} variant="compact" onMore={onMore} />);
    const body = text(c);
    expect(body).toContain('أوزان مفتوحة');
    expect(body).not.toContain('Apache-2.0');
    expect(body).toContain('٥ أغسطس ٢٠٢٥');
    expect(body).toContain('أوبن إيه آي');
    expect(body).toContain('الولايات المتحدة');
    expect(body).not.toContain('مليار');
    expect(c.querySelector('.k-sources')).toBeNull();
    const more = c.querySelector('.k-card-actions button')!;
    expect(text(more)).toBe('المزيد');
    expect(more.getAttribute('aria-label')).toBe('المزيد عن جي بي تي أو إس إس 120 (gpt-oss-120b)');
    click(more);
    expect(onMore).toHaveBeenCalledWith('gpt-oss-120b');
  });
});
