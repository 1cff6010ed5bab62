/**
 * Hierarchical spherical k-means over unit vectors, deterministic for a seed: the word classes of the name
 * tagger (scripts/build-word-classes.ts) are its leaves. Each level splits every cluster of the level above into
 * `branching[l]` clusters (cosine similarity, k-means++ seeding), so a word's class path reads like a Brown
 * cluster's bit string: a prefix of it is a coarser class.
 */
import { random } from './random.js';

/** Scales each row of an n x d matrix to unit length (rows of zeros stay zero). */
export function normaliseRows(vectors: Float32Array, d: number): void {
  for (let r = 0; r < vectors.length / d; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += (vectors[r * d + j] as number) ** 2;
    const norm = Math.sqrt(s) || 1;
    for (let j = 0; j < d; j++) vectors[r * d + j] = (vectors[r * d + j] as number) / norm;
  }
}

/**
 * "All-but-the-top" (Mu and Viswanath, ICLR 2018): subtracts the mean row and the projections on the `top` main
 * directions of the rows. Word vectors share a common direction that mostly encodes how frequent a word is;
 * left in, it makes frequent words of every kind ("said", "ministry", capital cities) one cluster.
 */
export function removeCommonDirections(vectors: Float32Array, d: number, top: number): void {
  const n = vectors.length / d;
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (vectors[r * d + j] as number) / n;
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) vectors[r * d + j] = (vectors[r * d + j] as number) - (mean[j] as number);
  for (let t = 0; t < top; t++) {
    // the main direction by power iteration on X^T X, from a fixed start so the result repeats
    let u = new Float64Array(d).fill(1 / Math.sqrt(d));
    for (let round = 0; round < 100; round++) {
      const next = new Float64Array(d);
      for (let r = 0; r < n; r++) {
        let p = 0;
        for (let j = 0; j < d; j++) p += (vectors[r * d + j] as number) * (u[j] as number);
        for (let j = 0; j < d; j++) next[j] = (next[j] as number) + p * (vectors[r * d + j] as number);
      }
      let norm = 0;
      for (const x of next) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) next[j] = (next[j] as number) / norm;
      u = next;
    }
    for (let r = 0; r < n; r++) {
      let p = 0;
      for (let j = 0; j < d; j++) p += (vectors[r * d + j] as number) * (u[j] as number);
      for (let j = 0; j < d; j++) vectors[r * d + j] = (vectors[r * d + j] as number) - p * (u[j] as number);
    }
  }
}

function dot(a: Float32Array, i: number, b: Float32Array, j: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) s += (a[i * d + k] as number) * (b[j * d + k] as number);
  return s;
}

/**
 * Spherical k-means of the rows `members` of `vectors` (unit rows, d columns) into k clusters: the cluster of
 * each member, in the members' order. k-means++ seeding from `seed`; stops when no member moves or after
 * `iterations` rounds. With fewer members than k, each member is its own cluster.
 */
export function sphericalKMeans(vectors: Float32Array, d: number, members: readonly number[], k: number, seed: number, iterations = 30): Int32Array {
  const n = members.length;
  const assignment = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assignment[i] = i;
    return assignment;
  }
  const next = random(seed);
  const centroids = new Float32Array(k * d);
  // k-means++: each new centre is drawn with probability growing with its distance (1 - cosine) to the nearest centre
  const first = members[Math.floor(next() * n)] as number;
  centroids.set(vectors.subarray(first * d, first * d + d), 0);
  const nearest = new Float64Array(n).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(vectors, members[i] as number, centroids, c - 1, d));
      if (dist < (nearest[i] as number)) nearest[i] = dist;
      total += nearest[i] as number;
    }
    let target = next() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i] as number;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    const row = members[pick] as number;
    centroids.set(vectors.subarray(row * d, row * d + d), c * d);
  }
  assignment.fill(-1);
  for (let round = 0; round < iterations; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors, members[i] as number, centroids, c, d);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    if (moved === 0) break;
    // new centres: the normalised mean of their members (an emptied cluster keeps its centre)
    const sums = new Float64Array(k * d);
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignment[i] as number;
      counts[c] = (counts[c] as number) + 1;
      const row = (members[i] as number) * d;
      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (vectors[row + j] as number);
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      let s = 0;
      for (let j = 0; j < d; j++) s += (sums[c * d + j] as number) ** 2;
      const norm = Math.sqrt(s) || 1;
      for (let j = 0; j < d; j++) centroids[c * d + j] = (sums[c * d + j] as number) / norm;
    }
  }
  return assignment;
}

/**
 * The class path of every row: level l's cluster in the bits below the levels before it. `branching` gives the
 * clusters per parent at each level (powers of two). Each parent's split is seeded from `seed` and its own path,
 * so the result does not depend on the order the parents are split in.
 */
export function hierarchicalClasses(vectors: Float32Array, d: number, branching: readonly number[], seed: number, onLevel?: (level: number) => void): Uint32Array {
  const rows = vectors.length / d;
  const paths = new Uint32Array(rows);
  let groups: number[][] = [Array.from({ length: rows }, (_, r) => r)];
  branching.forEach((k, level) => {
    const bits = Math.log2(k);
    const nextGroups: number[][] = [];
    for (const members of groups) {
      if (members.length === 0) continue;
      const parent = (paths[members[0] as number] as number);
      const assignment = sphericalKMeans(vectors, d, members, k, (seed * 1_000_003 + level * 65_537 + parent) >>> 0);
      const split: number[][] = Array.from({ length: k }, () => []);
      members.forEach((row, i) => {
        paths[row] = (parent << bits) | (assignment[i] as number);
        (split[assignment[i] as number] as number[]).push(row);
      });
      nextGroups.push(...split);
    }
    groups = nextGroups;
    onLevel?.(level);
  });
  return paths;
}
