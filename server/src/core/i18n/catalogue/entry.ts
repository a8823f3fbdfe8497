/** One message in both languages. The English is the reference; the Chinese is written for analysts. */
export interface Entry {
  readonly en: string;
  readonly zh: string;
}

/** A part of the catalogue (one file per area, so that each reads on its own). */
export type CataloguePart = Readonly<Record<string, Entry>>;
