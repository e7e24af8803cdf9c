import { describe, expect, it } from 'vitest';
import { cardById, kbStats, searchEntities, successorOf } from '../../../app/kb';

// The bundled KB, as the panel, popup and options load it.
describe('app/kb', () => {
  it('finds the issue’s queries as the popup types them', () => {
    expect(searchEntities('اوبن ايه اي')[0]?.id).toBe('openai');
    expect(searchEntities('deepsek')[0]?.id).toBe('deepseek');
    expect(searchEntities('جيميناي')[0]?.id).toBe('gemini');
    expect(searchEntities('gpt-oss-120b')[0]).toMatchObject({ id: 'gpt-oss-120b', kind: 'model' });
    expect(searchEntities('', 5)).toEqual([]);
  });
  it('builds cards and follows successors', () => {
    expect(cardById('openai')).toMatchObject({ name: 'OpenAI', country: 'US', kind: 'organization' });
    expect(cardById('no-such-thing')).toBeNull();
    expect(successorOf('gpt-4')?.successor).toBe('gpt-5');
    expect(successorOf('openai')).toBeNull();
  });
  it('counts the KB', () => {
    const s = kbStats();
    expect(s.asOf).toMatch(/^\d{4}/);
    expect(s.counts.model).toBeGreaterThan(100);
    expect(s.counts.organization).toBeGreaterThan(10);
  });
});
