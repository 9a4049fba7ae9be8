/**
 * A cache that forgets everything once full: memory stays bounded without
 * per-entry bookkeeping, and texts that repeat (most of them, in real CI) are
 * worked out once.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>()

  constructor(private readonly capacity: number) {}

  /** The remembered value, or undefined when there is none. */
  get(key: string): V | undefined {
    return this.entries.get(key)
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.capacity) this.entries.clear()
    this.entries.set(key, value)
  }

  clear(): void {
    this.entries.clear()
  }
}
