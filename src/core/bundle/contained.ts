/**
 * Which of many needles occur in one text, in time linear in the text plus the needles (Aho–Corasick).
 *
 * Checking each needle with `text.includes` costs up to the text's length per needle, and far more on
 * near matches: 2,000 quotes of "aaa…ab" against 1 MB of "a" took 29 s. Here all needles go into one
 * automaton and the text is read once. The npm Aho–Corasick packages report every occurrence (with
 * all-"a" text that is needles × positions) or match whole grapheme clusters, not UTF-16 code units as
 * `includes` does, so this is a small one of our own over typed arrays.
 */

/** Needle characters per automaton: keeps its transition map well under a Map's 2^24 entries. */
const MAX_CHARS_PER_AUTOMATON = 4_000_000;

/** For each needle, whether `text` contains it (code unit for code unit, as `includes`); an empty needle always does. */
export function containedIn(text: string, needles: readonly string[]): boolean[] {
  const found = needles.map((n) => n.length === 0);
  let group: number[] = [];
  let chars = 0;
  const flush = () => {
    if (group.length) searchGroup(text, needles, group, found);
    group = [];
    chars = 0;
  };
  needles.forEach((needle, i) => {
    if (!needle.length || needle.length > text.length) return;
    if (chars + needle.length > MAX_CHARS_PER_AUTOMATON) flush();
    group.push(i);
    chars += needle.length;
  });
  flush();
  return found;
}

function searchGroup(text: string, needles: readonly string[], group: readonly number[], found: boolean[]): void {
  const size = group.reduce((n, i) => n + needles[i]!.length, 1);
  // The trie: goto(state, char) in one Map keyed state * 65536 + char; children as linked lists for the BFS.
  const next = new Map<number, number>();
  const firstChild = new Int32Array(size).fill(-1);
  const sibling = new Int32Array(size).fill(-1);
  const terminal = new Int32Array(group.length);
  let states = 1;
  group.forEach((needleIndex, k) => {
    const needle = needles[needleIndex]!;
    let s = 0;
    for (let j = 0; j < needle.length; j++) {
      const key = s * 65536 + needle.charCodeAt(j);
      let t = next.get(key);
      if (t === undefined) {
        t = states++;
        next.set(key, t);
        sibling[t] = firstChild[s]!;
        firstChild[s] = t;
      }
      s = t;
    }
    terminal[k] = s;
  });
  // Failure links in breadth-first order (kept, to spread "reached" back up the failure tree afterwards).
  const fail = new Int32Array(states);
  const charOf = new Uint16Array(states);
  for (const [key, t] of next) charOf[t] = key % 65536;
  const order = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let c = firstChild[0]!; c !== -1; c = sibling[c]!) order[tail++] = c;
  while (head < tail) {
    const s = order[head++]!;
    for (let t = firstChild[s]!; t !== -1; t = sibling[t]!) {
      const ch = charOf[t]!;
      let f = fail[s]!;
      let to = next.get(f * 65536 + ch);
      while (to === undefined && f !== 0) {
        f = fail[f]!;
        to = next.get(f * 65536 + ch);
      }
      fail[t] = to !== undefined && to !== t ? to : 0;
      order[tail++] = t;
    }
  }
  // One pass over the text; a needle occurs iff its end state is reached or is a failure ancestor of one reached.
  const reached = new Uint8Array(states);
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    let to = next.get(s * 65536 + ch);
    while (to === undefined && s !== 0) {
      s = fail[s]!;
      to = next.get(s * 65536 + ch);
    }
    s = to ?? 0;
    reached[s] = 1;
  }
  for (let k = tail - 1; k >= 0; k--) {
    const t = order[k]!;
    if (reached[t]) reached[fail[t]!] = 1;
  }
  group.forEach((needleIndex, k) => {
    if (reached[terminal[k]!]) found[needleIndex] = true;
  });
}
