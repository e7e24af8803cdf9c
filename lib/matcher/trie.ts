import { b64, fromBase64 } from './base64';

/**
 * A character trie over normalised name keys, flattened into typed arrays so it
 * is compiled once at build time, shipped as JSON and loaded without rebuilding.
 * Children of a node are stored contiguously and sorted by character; the nodes
 * near the root, where most look-ups happen, also get a dense row (one look-up).
 */
export interface CompiledTrie {
  /** For each node, index of its first child in the node arrays (16 bits while the nodes fit). */
  firstChild: Int32Array | Uint16Array;
  /** For each node, number of children. */
  childCount: Uint16Array;
  /** For each node, the character on the edge into it. */
  char: Uint16Array;
  /** For each node, index into `values` when a key ends here, else -1 (16 bits while the terminals fit). */
  terminal: Int32Array | Int16Array;
  /** Characters of the trie's edges as small symbols (0: no edge uses it). */
  alpha: Uint8Array | Uint16Array;
  /** Number of symbols (columns of `dense`), including 0. */
  symbols: number;
  /** Per node: its row in `dense` (nodes near the root, where most look-ups happen), or -1. */
  denseRow: Int16Array | Int32Array;
  /** Child + 1 by row and symbol (0: no child): one look-up instead of a binary search. */
  dense: Uint16Array | Uint32Array;
  /** Per terminal: the values stored under that key (entity indexes; equal lists are one shared array, read only). */
  values: number[][];
  /** The characters on the trie's edges, each once. */
  edgeChars: number[];
  /** Per node: the letters on the way to it (a version's dots not counted; at most 255). */
  letters: Uint8Array;
}

export function compileTrie(entries: Array<{ key: string; value: number }>): CompiledTrie {
  type Node = { children: Map<number, Node>; values: number[] };
  const root: Node = { children: new Map(), values: [] };
  for (const { key, value } of entries) {
    let n = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = n.children.get(c);
      if (!next) {
        next = { children: new Map(), values: [] };
        n.children.set(c, next);
      }
      n = next;
    }
    if (!n.values.includes(value)) n.values.push(value);
  }
  // Breadth-first layout so each node's children are contiguous.
  const order: Array<{ node: Node; char: number }> = [{ node: root, char: 0 }];
  const firstChildList: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const { node } = order[i]!;
    firstChildList.push(order.length);
    const kids = [...node.children.entries()].sort((a, b) => a[0] - b[0]);
    for (const [c, child] of kids) order.push({ node: child, char: c });
  }
  const n = order.length;
  const t: TrieNodes = {
    firstChild: new Int32Array(n),
    childCount: new Uint16Array(n),
    char: new Uint16Array(n),
    terminal: new Int32Array(n).fill(-1),
    values: [],
  };
  order.forEach(({ node, char }, i) => {
    t.firstChild[i] = firstChildList[i]!;
    t.childCount[i] = node.children.size;
    t.char[i] = char;
    if (node.values.length) {
      t.terminal[i] = t.values.length;
      t.values.push([...node.values].sort((a, b) => a - b));
    }
  });
  return indexTrie(t);
}

/** Depth of the nodes that get a dense row (the root and the first two levels: ~440 rows, ~100 KB). */
const DENSE_DEPTH = 2;

/** The node arrays: what is serialised. */
type TrieNodes = Pick<CompiledTrie, 'firstChild' | 'childCount' | 'char' | 'terminal' | 'values'>;

/** Adds the look-up tables (not serialised: derived from the node arrays on load). */
function indexTrie(nodes: TrieNodes): CompiledTrie {
  const n = nodes.char.length;
  // The narrowest arrays that hold the node and terminal indexes, and one array per distinct value list
  // (most spellings of an entity store the same one): the matcher's memory stays small as the KB grows.
  const shared = new Map<string, number[]>();
  const t: CompiledTrie = {
    ...nodes,
    firstChild: n < 0xffff ? Uint16Array.from(nodes.firstChild) : nodes.firstChild,
    terminal: nodes.values.length < 0x7fff ? Int16Array.from(nodes.terminal) : nodes.terminal,
    values: nodes.values.map((v) => {
      const key = v.join(',');
      const known = shared.get(key);
      if (known) return known;
      shared.set(key, v);
      return v;
    }),
    alpha: new Uint8Array(0),
    symbols: 1,
    denseRow: new Int16Array(0),
    dense: new Uint16Array(0),
    edgeChars: [],
    letters: new Uint8Array(n),
  };
  // Symbols and rows are few (~110 and ~440): the narrowest arrays that hold them.
  const edgeChars = new Set(nodes.char.subarray(1));
  t.edgeChars = [...edgeChars].sort((x, y) => x - y);
  t.alpha = edgeChars.size < 0xff ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  // Nodes are laid out breadth first: depth grows with the index.
  const depth = new Uint8Array(n);
  let rows = 0;
  for (let i = 1; i < n; i++) t.alpha[t.char[i]!] ||= t.symbols++;
  const rowOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < t.childCount[i]!; k++) {
      const child = t.firstChild[i]! + k;
      depth[child] = Math.min(255, depth[i]! + 1);
      t.letters[child] = Math.min(255, t.letters[i]! + (t.char[child] === 0x2e ? 0 : 1));
    }
    if (depth[i]! <= DENSE_DEPTH && t.childCount[i]! > 0) rowOf[i] = rows++;
  }
  t.denseRow = rows < 0x7fff ? Int16Array.from(rowOf) : rowOf;
  t.dense = n < 0xffff ? new Uint16Array(rows * t.symbols) : new Uint32Array(rows * t.symbols);
  for (let i = 0; i < n; i++) {
    const row = t.denseRow[i]!;
    if (row < 0) continue;
    for (let k = 0; k < t.childCount[i]!; k++) {
      const child = t.firstChild[i]! + k;
      t.dense[row * t.symbols + t.alpha[t.char[child]!]!] = child + 1;
    }
  }
  return t;
}

/** The child of `node` along character `c`, or -1. */
export function childOf(t: CompiledTrie, node: number, c: number): number {
  const row = t.denseRow[node]!;
  if (row >= 0) return t.dense[row * t.symbols + t.alpha[c]!]! - 1;
  let lo = t.firstChild[node]!;
  const count = t.childCount[node]!;
  if (count === 1) return t.char[lo] === c ? lo : -1; // most deep nodes: one child
  let hi = lo + count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = t.char[mid]!;
    if (mc === c) return mid;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** JSON-safe form (the dense rows are rebuilt on load). */
export interface SerializedTrie {
  nodes: number;
  firstChild: string;
  childCount: string;
  char: string;
  terminal: string;
  values: number[][];
}

/** Serialises for the build. */
export function serializeTrie(t: CompiledTrie): SerializedTrie {
  return {
    nodes: t.char.length,
    firstChild: b64(Int32Array.from(t.firstChild)),
    childCount: b64(t.childCount),
    char: b64(t.char),
    terminal: b64(Int32Array.from(t.terminal)),
    values: t.values,
  };
}

/** Loads a serialised trie (browser and Node). */
export function deserializeTrie(s: SerializedTrie): CompiledTrie {
  const bytes = (x: string) => fromBase64(x).buffer as ArrayBuffer;
  const t: TrieNodes = {
    firstChild: new Int32Array(bytes(s.firstChild)),
    childCount: new Uint16Array(bytes(s.childCount)),
    char: new Uint16Array(bytes(s.char)),
    terminal: new Int32Array(bytes(s.terminal)),
    values: s.values,
  };
  if (t.char.length !== s.nodes) throw new Error('corrupt matcher data');
  return indexTrie(t);
}
