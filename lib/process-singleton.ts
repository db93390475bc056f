/** Where the values live: on globalThis, under a key no other code uses. */
const REGISTRY = Symbol.for("memorial-map.process-singletons");

type Holder = { [REGISTRY]?: Map<string, unknown> };

/**
 * One value per process for `key`, made by `create` on first use. Next.js evaluates a module once
 * per bundle that includes it (route handlers, pages, server actions) and again on each reload in
 * development, so a module-level constant would be one cache per copy; kept on globalThis, every
 * copy of the module shares the first one's value. The key must be unique across the app and always
 * name the same type.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const holder = globalThis as Holder;
  const registry = (holder[REGISTRY] ??= new Map());
  if (!registry.has(key)) registry.set(key, create());
  return registry.get(key) as T;
}
