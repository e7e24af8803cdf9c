import type { EntityListItem } from '../components/EntityList';
import type { EntityHit } from '../lib/messages';

// First slice: a one-entry table until the knowledge base lands.
const NAMES: Record<string, Omit<EntityListItem, 'count' | 'id'>> = {
  openai: { name: 'OpenAI', nameAr: 'أوبن إيه آي', kind: 'organization' },
};

export function listItems(hits: EntityHit[]): EntityListItem[] {
  return hits.map((h) => ({
    id: h.id,
    count: h.count,
    ...(NAMES[h.id] ?? { name: h.id, nameAr: null, kind: 'model' }),
  }));
}
