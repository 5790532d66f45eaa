import type { EntityKind } from '@sourcetrace/article-model';
import type { Ent } from './types.js';

/**
 * How an entity is found again by name while the table is built. Each namespace is its own map,
 * so a person's full name, a lone surname and a described source can never collide.
 */
export type EntityKey =
  /** A person named in full, by first and last word ("ana ruiz"). */
  | { ns: 'person'; first: string; last: string }
  /** A person known by one word only ("ruiz"). */
  | { ns: 'surname'; word: string }
  /** An entry of the gazetteer, by its canonical name. */
  | { ns: 'listed'; canonical: string }
  /** An unnamed source, by its description ("unnamed professor at a university"). */
  | { ns: 'described'; name: string }
  /** Any other name, by kind and lowercased name ("organization", "harbour board"). */
  | { ns: 'named'; kind: EntityKind; name: string };

export class EntityKeys {
  private readonly people = new Map<string, Ent>();
  private readonly surnames = new Map<string, Ent>();
  private readonly listed = new Map<string, Ent>();
  private readonly described = new Map<string, Ent>();
  private readonly named = new Map<EntityKind, Map<string, Ent>>();

  get(key: EntityKey): Ent | undefined {
    return this.mapOf(key, false)?.get(nameOf(key));
  }

  set(key: EntityKey, ent: Ent): void {
    this.mapOf(key, true)!.set(nameOf(key), ent);
  }

  // (the map and the name are found apart: no pair is built for each of the many lookups)
  private mapOf(key: EntityKey, create: boolean): Map<string, Ent> | undefined {
    switch (key.ns) {
      case 'person':
        return this.people;
      case 'surname':
        return this.surnames;
      case 'listed':
        return this.listed;
      case 'described':
        return this.described;
      case 'named': {
        let map = this.named.get(key.kind);
        if (!map && create) this.named.set(key.kind, (map = new Map()));
        return map;
      }
    }
  }
}

/** The name a key is filed under in its namespace's map. */
function nameOf(key: EntityKey): string {
  switch (key.ns) {
    case 'person':
      return `${key.first} ${key.last}`;
    case 'surname':
      return key.word;
    case 'listed':
      return key.canonical;
    case 'described':
    case 'named':
      return key.name;
  }
}
