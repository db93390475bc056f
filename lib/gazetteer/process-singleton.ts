const store = globalThis as unknown as { memorialProcessSingletons?: Map<string, unknown> };

/**
 * One value per process under `key`, made on first use: Next.js loads a module more than once (per
 * route bundle, and again on every reload in development), and the gazetteer's data is too large to
 * hold twice.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const values = (store.memorialProcessSingletons ??= new Map());
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}
