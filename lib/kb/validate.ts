import { nameKey } from '../arabic/key';
import type { Entity, KnowledgeBase } from './schema';

const NATIONALITY = /\s(الصينية|الأمريكية|الأميركية|الفرنسية|الإماراتية|السعودية|الكورية|اليابانية)$/u;

/** Keys of common Arabic words no name may have (normalised, separators removed). */
const STOP_KEYS = new Set([
  'وان',
  'ان',
  'من',
  'في',
  'الي',
  'علي',
  'عن',
  'مع',
  'لا',
  'ما',
  'هل',
  'قد',
  'كل',
  'بين',
  'بعد',
  'قبل',
  'اي',
  'هو',
  'هي',
  'لن',
  'لم',
  'ثم',
  'او',
  'ام',
  'بل',
  'لكن',
  'حتي',
  'اذا',
  'منذ',
  'عند',
  'كان',
  'الذي',
  'التي',
  'هذا',
  'هذه',
]);

export interface KbProblem {
  entity: string;
  field: string;
  message: string;
}

/** An entity's Arabic spellings: its Arabic name, then its Arabic aliases. */
export function arabicNames(e: Entity): string[] {
  return [...(e.nameAr ? [e.nameAr] : []), ...e.aliasesAr];
}

/** Every spelling of an entity (name, Arabic name, aliases). */
export function spellingsOf(e: Entity): string[] {
  return [e.name, ...(e.nameAr ? [e.nameAr] : []), ...e.aliasesEn, ...e.aliasesAr];
}

/**
 * Cross-entity rules zod cannot see one entry at a time: unique ids, sorted order,
 * references that resolve to the right kind, no date after the as-of date,
 * symmetric predecessor/successor, and no spelling shared by two entities unless
 * ambiguity data covers it.
 */
export function validateKb(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const byId = new Map<string, Entity>();
  const add = (entity: string, field: string, message: string) => problems.push({ entity, field, message });
  kb.entities.forEach((e, i) => {
    if (byId.has(e.id)) add(e.id, 'id', 'duplicate id');
    byId.set(e.id, e);
    const prev = kb.entities[i - 1];
    if (prev && prev.id >= e.id) add(e.id, 'id', `not sorted after ${prev.id}`);
  });
  const ref = (e: Entity, field: string, id: string | null, kinds: Entity['kind'][]) => {
    if (id === null) return;
    const target = byId.get(id);
    if (!target) add(e.id, field, `dangling reference to ${id}`);
    else if (!kinds.includes(target.kind))
      add(e.id, field, `${id} is a ${target.kind}, expected ${kinds.join(' or ')}`);
  };
  const dateOk = (e: Entity, field: string, date: string | undefined) => {
    if (date && date > kb.asOf) add(e.id, field, `date ${date} is after the KB's as-of date ${kb.asOf}`);
  };
  const keys = new Map<string, Set<string>>();
  for (const e of kb.entities) {
    for (const s of spellingsOf(e)) {
      const k = nameKey(s);
      if (!k) add(e.id, 'aliases', `spelling "${s}" is empty after normalisation`);
      const set = keys.get(k) ?? new Set();
      set.add(e.id);
      keys.set(k, set);
    }
    for (const s of arabicNames(e)) {
      // A spelling that is also a common function word ("وان" = وأن/وإن) would be found everywhere.
      if (STOP_KEYS.has(nameKey(s))) add(e.id, 'aliasesAr', `"${s}" is a common Arabic word`);
    }
    for (const s of e.aliasesAr) {
      // "ديب سيك الصينية" is a name and an adjective, not a spelling: the name alone matches.
      if (NATIONALITY.test(s)) add(e.id, 'aliasesAr', `"${s}" ends with a nationality adjective`);
    }
    for (const a of e.ambiguous) {
      if (!spellingsOf(e).some((s) => nameKey(s) === nameKey(a.alias)))
        add(e.id, 'ambiguous', `"${a.alias}" is not one of its spellings`);
    }
    switch (e.kind) {
      case 'model':
        ref(e, 'developer', e.developer, ['organization']);
        ref(e, 'family', e.family, ['family']);
        ref(e, 'predecessor', e.predecessor, ['model']);
        ref(e, 'successor', e.successor, ['model']);
        dateOk(e, 'released', e.released?.date);
        if (e.successor) {
          const s = byId.get(e.successor);
          if (s?.kind === 'model' && s.predecessor !== e.id)
            add(e.id, 'successor', `${e.successor}.predecessor is ${s.predecessor}, not ${e.id}`);
        }
        if (e.parameters?.active && e.parameters.active > e.parameters.total)
          add(e.id, 'parameters', 'active parameters exceed total');
        break;
      case 'family':
        ref(e, 'developer', e.developer, ['organization']);
        ref(e, 'parentFamily', e.parentFamily, ['family']);
        for (const m of e.members) ref(e, 'members', m, ['model']);
        break;
      case 'product':
        ref(e, 'developer', e.developer, ['organization']);
        for (const p of e.poweredBy) ref(e, 'poweredBy', p, ['family', 'model']);
        dateOk(e, 'released', e.released?.date);
        break;
      case 'organization':
        ref(e, 'parent', e.parent, ['organization']);
        if (e.founded && String(e.founded) > kb.asOf.slice(0, 4)) add(e.id, 'founded', 'in the future');
        break;
    }
  }
  for (const [k, ids] of keys) {
    if (ids.size < 2) continue;
    const covered = [...ids].every((id) => byId.get(id)?.ambiguous.some((a) => nameKey(a.alias) === k));
    if (!covered)
      add([...ids].join(', '), 'aliases', `spelling key "${k}" names ${ids.size} entities without ambiguity data`);
  }
  return problems;
}
