/**
 * The environment the server's process is started with: the caller's, plus the C library's malloc
 * limited to two arenas unless the caller chose otherwise.
 *
 * Why: glibc gives threads that allocate at once arenas of their own (up to eight per core), and
 * the server runs its imports and exports in worker threads. What a worker frees when it ends stays
 * in its arena, which the next worker, a new thread, may not be given: a server that has run a few
 * imports holds tens of MB it no longer uses (bench/results.md, "Open data"). Two arenas let the
 * next worker reuse what the last one freed. Read by glibc when a process starts, so it must be set
 * by whoever starts the process; other C libraries ignore it.
 */
export const MALLOC_ARENAS = "2";

export function serverProcessEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX ?? MALLOC_ARENAS };
}
