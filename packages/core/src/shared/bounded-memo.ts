/**
 * `compute` remembered per string key, at most `limit` entries: keys such as model names come from clients, so the
 * map is cleared when full (no LRU bookkeeping; a steady gateway calls a handful of models).
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
