/**
 * A small seeded random source for the sample generator. Math.random cannot be
 * seeded, and sample pages must be byte-identical for the same arguments.
 */

/** mulberry32: 32-bit state, good enough spread for test data, and tiny. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

export class Random {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next()
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: cannot pick from an empty list.')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** A new array in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const result = [...items]
    for (let index = result.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1))
      const swap = result[index] as T
      result[index] = result[other] as T
      result[other] = swap
    }
    return result
  }
}

/**
 * Draws without replacement from a shuffled pile and reshuffles when it runs out.
 * Unlike independent picks, every item is guaranteed to appear once per pass, so
 * a few hundred pages already cover every country, field and structure.
 */
export class Deck<T> {
  private pile: T[] = []

  constructor(
    private readonly random: Random,
    private readonly items: readonly T[],
  ) {
    if (items.length === 0) throw new Error('Deck: needs at least one item.')
  }

  draw(): T {
    if (this.pile.length === 0) this.pile = this.random.shuffled(this.items)
    return this.pile.pop() as T
  }

  /**
   * Draws until `accept` says yes. Refused items go back on top of the pile, so
   * they come out on the next draws and no item loses its turn (coverage is kept).
   */
  drawWhere(accept: (item: T) => boolean): T {
    const refused: T[] = []
    try {
      for (let attempt = 0; attempt < this.items.length * 2; attempt++) {
        const item = this.draw()
        if (accept(item)) return item
        refused.push(item)
      }
    } finally {
      this.pile.push(...refused.reverse())
    }
    throw new Error('Deck.drawWhere: no item is acceptable.')
  }
}

/** Repeats each item `weight` times, so a deck draws frequent items more often. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): T[] {
  return entries.flatMap(([item, weight]) => Array.from({ length: weight }, () => item))
}
