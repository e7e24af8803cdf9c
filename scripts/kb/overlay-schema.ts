import { z } from 'zod';
import { Ambiguity, ArabicName, EntityId, Openness, Parameters, PartialDate, Release } from '../../lib/kb/schema';

/** The curated overlay's file formats (kb/overlay/*.json). The overlay wins over raw data. */

const OverlaySource = z.strictObject({ name: z.string().min(1), url: z.url() });
const names = {
  id: EntityId,
  name: z.string().min(1),
  nameAr: ArabicName,
  aliasesEn: z.array(z.string().min(1)).default([]),
  aliasesAr: z.array(ArabicName).default([]),
  ambiguous: z.array(Ambiguity).default([]),
  source: OverlaySource,
};

export const OverlayOrganization = z.strictObject({
  ...names,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  orgKind: z.enum(['company', 'lab', 'university', 'government', 'non-profit']),
  founded: z.number().int().nullable(),
  headquarters: z.string().nullable(),
  parent: EntityId.nullable(),
  epochNames: z.array(z.string()).default([]),
});
export type OverlayOrganization = z.infer<typeof OverlayOrganization>;

export const OverlayFamily = z.strictObject({
  ...names,
  developer: EntityId.nullable(),
  parentFamily: EntityId.nullable().default(null),
  memberPrefixes: z.array(z.string()).default([]),
});
export type OverlayFamily = z.infer<typeof OverlayFamily>;

const OverlayRelease = z.strictObject({
  date: PartialDate,
  precision: z.enum(['day', 'month', 'year']),
  kind: z.enum(['release', 'announcement', 'paper', 'weights']).default('release'),
});

export const OverlayProduct = z.strictObject({
  ...names,
  developer: EntityId.nullable(),
  released: OverlayRelease.nullable(),
  poweredBy: z.array(EntityId).default([]),
  category: z.enum(['chatbot', 'assistant', 'coding', 'browser', 'app', 'search', 'platform']),
});
export type OverlayProduct = z.infer<typeof OverlayProduct>;

/** A model entry: corrects an imported row (`epoch` set) or adds a model (all facts given). */
export const OverlayModel = z.strictObject({
  id: EntityId,
  epoch: z.string().nullable(),
  name: z.string().min(1).optional(),
  nameAr: ArabicName.nullable().optional(),
  aliasesEn: z.array(z.string().min(1)).optional(),
  aliasesAr: z.array(ArabicName).optional(),
  ambiguous: z.array(Ambiguity).optional(),
  developer: EntityId.nullable().optional(),
  family: EntityId.nullable().optional(),
  released: Release.nullable().optional(),
  openness: Openness.nullable().optional(),
  license: z.string().nullable().optional(),
  parameters: Parameters.nullable().optional(),
  modality: z.array(z.enum(['text', 'image', 'audio', 'video', 'code', 'speech', 'multimodal'])).optional(),
  runsOn: z.enum(['phone', 'laptop', 'workstation', 'datacenter']).nullable().optional(),
  predecessor: EntityId.nullable().optional(),
  successor: EntityId.nullable().optional(),
  why: z.string().nullable().optional(),
  source: OverlaySource.optional(),
});
export type OverlayModel = z.infer<typeof OverlayModel>;

/**
 * Ollama's model tags (`llama3.1:8b`): how guides to running a model on one's own machine name it.
 * Each is an English alias of the model it pulls, credited to the Ollama library.
 */
export const OverlayTags = z.strictObject({
  source: OverlaySource,
  tags: z.record(z.string().regex(/^[a-z][a-z0-9.-]*:[0-9][0-9.x]*[bm](-a[0-9]+b)?$/), EntityId),
});
export type OverlayTags = z.infer<typeof OverlayTags>;

export const OverlayMeta = z.strictObject({
  version: z.number().int().positive(),
  asOf: PartialDate,
});
