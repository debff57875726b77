/**
 * Where designs live in the browser: each design is two localStorage entries, its authored state
 * (`…:design:<id>`, written by autosave.ts) and a small record of its name and times
 * (`…:meta:<id>`). There is no shared index to keep in step: the list of designs is the set of
 * meta entries, so two tabs saving different designs never write the same key.
 */

export interface DesignMeta {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

const PREFIX = 'restore-hook-designer:';
const DESIGN_PREFIX = `${PREFIX}design:`;
const META_PREFIX = `${PREFIX}meta:`;
/** Where the designer kept its one design before designs had names. */
export const LEGACY_DESIGN_KEY = `${PREFIX}design`;

export const designKey = (id: string): string => `${DESIGN_PREFIX}${id}`;
const metaKey = (id: string): string => `${META_PREFIX}${id}`;

/** The design id a storage key holds the state of, or null for any other key. */
export function readDesignIdFromKey(key: string | null): string | null {
  return key?.startsWith(DESIGN_PREFIX) ? key.slice(DESIGN_PREFIX.length) : null;
}

function readMeta(raw: string | null): DesignMeta | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { id, name, createdAt, updatedAt } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string') return null;
    if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return null;
    return { id, name, createdAt, updatedAt };
  } catch {
    return null;
  }
}

/** Every saved design, the most recently changed first; empty when storage cannot be read. */
export function listDesigns(): DesignMeta[] {
  const designs: DesignMeta[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(META_PREFIX)) continue;
      const meta = readMeta(localStorage.getItem(key));
      if (meta) designs.push(meta);
    }
  } catch {
    return [];
  }
  return designs.sort((a, b) => b.updatedAt - a.updatedAt);
}

export function readDesignMeta(id: string): DesignMeta | null {
  try {
    return readMeta(localStorage.getItem(metaKey(id)));
  } catch {
    return null;
  }
}

/** Writes a design's record; throws what localStorage throws (quota, private mode). */
export function writeDesignMeta(meta: DesignMeta): void {
  localStorage.setItem(metaKey(meta.id), JSON.stringify(meta));
}

/** A deleted design as it was stored, so it can be put back. */
export interface DeletedDesign {
  meta: DesignMeta;
  saved: string | null;
}

/** Removes a design and its record; returns what they were, or null when it was not saved. */
export function deleteDesign(id: string): DeletedDesign | null {
  try {
    const meta = readMeta(localStorage.getItem(metaKey(id)));
    if (!meta) return null;
    const saved = localStorage.getItem(designKey(id));
    localStorage.removeItem(designKey(id));
    localStorage.removeItem(metaKey(id));
    return { meta, saved };
  } catch {
    return null;
  }
}

/** Puts a deleted design back as it was stored. */
export function restoreDeletedDesign({ meta, saved }: DeletedDesign): void {
  try {
    if (saved !== null) localStorage.setItem(designKey(meta.id), saved);
    writeDesignMeta(meta);
  } catch {
    // Storage refuses writes now; the design stays deleted.
  }
}

function createDesignId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A record for a new design (not written yet). */
export function createDesignMeta(name: string, now = Date.now()): DesignMeta {
  return { id: createDesignId(), name, createdAt: now, updatedAt: now };
}

/**
 * Moves the single save of earlier versions of the page into a named design, once. Returns it, or
 * null when there was nothing to move (or storage refused).
 */
export function migrateLegacyDesign(name: string, now = Date.now()): DesignMeta | null {
  try {
    const raw = localStorage.getItem(LEGACY_DESIGN_KEY);
    if (raw === null) return null;
    const meta = createDesignMeta(name, now);
    localStorage.setItem(designKey(meta.id), raw);
    writeDesignMeta(meta);
    localStorage.removeItem(LEGACY_DESIGN_KEY);
    return meta;
  } catch {
    return null;
  }
}

/** A name not yet taken: `base`, else `base 2`, `base 3`… */
export function chooseUniqueDesignName(base: string, taken: readonly DesignMeta[]): string {
  const names = new Set(taken.map((d) => d.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}
