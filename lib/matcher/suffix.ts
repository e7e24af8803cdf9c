/**
 * What developers write after a model's name, glued by a hyphen, that does not make
 * another model: "Llama-3.1-8B-Instruct" is Llama 3.1 8B, "DeepSeek-R1-0528" is
 * DeepSeek-R1, "Falcon-H1-34B" and "Falcon-H1-0.5B" are Falcon-H1 (where the KB has no longer name for
 * them). Any other word after a hyphen continues the name: "GPT-7" is not GPT,
 * "Qwen2.5-Coder-14B" is not Qwen2.5.
 */
const SUFFIX_WORDS = new Set([
  'instruct',
  'chat',
  'base',
  'it',
  'preview',
  'exp',
  'hf',
  'gguf',
  'awq',
  'gptq',
  'mlx',
  'fp8',
  'fp16',
  'bf16',
  'int4',
  'int8',
  'onnx',
]);

/** Longest word read to tell (longer words are not suffixes). */
export const MAX_SUFFIX = 12;

/**
 * Whether the Latin word `w` (normalised: lower case, letters and digits, and a dot between
 * two digits) is such a suffix: one of the words above, a date code (four digits or more:
 * "0528") or a size (digits then b or m: "34b", "0.5b").
 */
export function isNameSuffix(w: string): boolean {
  return SUFFIX_WORDS.has(w) || /^\d{4,}$/.test(w) || /^\d+(?:\.\d+)?[bm]$/.test(w);
}
