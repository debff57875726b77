/**
 * `{ ...base, ...extra }` for objects made in bulk (per pod, per diagnostic). On Node 20 (V8 11.3) an
 * object literal that spreads and then adds properties gets a hidden class of its own every time, so
 * thousands of them leave every later read of their properties megamorphic (sorting, formatting,
 * messages); Object.assign onto a fresh literal shares one hidden class. Same keys, same order;
 * typed as Object.assign is.
 */
export function copyWith<A extends object, B extends object>(base: A, extra: B): A & B {
  return Object.assign({}, base, extra);
}
