/**
 * `compute` remembered per string key, at most `limit` entries: keys such as model names come from clients, so the
 * map is cleared when full (no LRU bookkeeping; a steady gateway calls a handful of models). The last key is also
 * kept beside the map: a model name parsed from each request is a new string, and comparing it with the last one is
 * cheaper than hashing it for the map (most requests name the model the previous one did).
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  let lastKey: string | undefined;
  let lastValue: T | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as T;
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}
