/**
 * A character trie over normalised name keys, flattened into typed arrays so it
 * is compiled once at build time, shipped as JSON and loaded without rebuilding.
 * Children of a node are stored contiguously and sorted by character; the root's
 * children are also indexed by a 64K table for the hot path (most positions in a
 * text start no name).
 */
export interface CompiledTrie {
  /** For each node, index of its first child in the node arrays. */
  firstChild: Int32Array;
  /** For each node, number of children. */
  childCount: Uint16Array;
  /** For each node, the character on the edge into it. */
  char: Uint16Array;
  /** For each node, index into `values` when a key ends here, else -1. */
  terminal: Int32Array;
  /** Root children by first character: node index or -1. */
  rootIndex: Int32Array;
  /** Per terminal: the values stored under that key (entity indexes). */
  values: number[][];
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
  const t: CompiledTrie = {
    firstChild: new Int32Array(n),
    childCount: new Uint16Array(n),
    char: new Uint16Array(n),
    terminal: new Int32Array(n).fill(-1),
    rootIndex: new Int32Array(0x10000).fill(-1),
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
  for (let i = 0; i < t.childCount[0]!; i++) t.rootIndex[t.char[t.firstChild[0]! + i]!] = t.firstChild[0]! + i;
  return t;
}

/** The child of `node` along character `c`, or -1. */
export function childOf(t: CompiledTrie, node: number, c: number): number {
  if (node === 0) return t.rootIndex[c]!;
  let lo = t.firstChild[node]!;
  let hi = lo + t.childCount[node]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = t.char[mid]!;
    if (mc === c) return mid;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function b64(a: ArrayBufferView): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** JSON-safe form (the root index is rebuilt on load: it is 256 KB of mostly -1). */
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
    firstChild: b64(t.firstChild),
    childCount: b64(t.childCount),
    char: b64(t.char),
    terminal: b64(t.terminal),
    values: t.values,
  };
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Loads a serialised trie (browser and Node). */
export function deserializeTrie(s: SerializedTrie): CompiledTrie {
  const bytes = (x: string) => fromBase64(x).buffer as ArrayBuffer;
  const t: CompiledTrie = {
    firstChild: new Int32Array(bytes(s.firstChild)),
    childCount: new Uint16Array(bytes(s.childCount)),
    char: new Uint16Array(bytes(s.char)),
    terminal: new Int32Array(bytes(s.terminal)),
    rootIndex: new Int32Array(0x10000).fill(-1),
    values: s.values,
  };
  if (t.char.length !== s.nodes) throw new Error('corrupt matcher data');
  for (let i = 0; i < t.childCount[0]!; i++) t.rootIndex[t.char[t.firstChild[0]! + i]!] = t.firstChild[0]! + i;
  return t;
}
