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

  it('is the one the article names more often when none is named near, and the usual one on a tie', () => {
    const github = 'GitHub Copilot وجيت هب كوبايلوت ومنصة GitHub';
    expect(copilots(`${github}.${FILL}${FILL} اخترنا كوبايلوت لفريقنا.`)).toEqual(['github-copilot']);
    expect(copilots(`GitHub Copilot ومايكروسوفت.${FILL}${FILL} اخترنا كوبايلوت لفريقنا.`)).toEqual([
      'microsoft-copilot',
    ]);
  });
});
