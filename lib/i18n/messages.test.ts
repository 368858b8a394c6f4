import { describe, expect, it } from 'vitest';
import de from './messages/de.json';
import en from './messages/en.json';
import { locales } from './locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((acc, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...acc, [path]: value }
      : { ...acc, ...flatten(value, path) };
  }, {});
}

const catalogues: Record<string, Record<string, string>> = {
  de: flatten(de as Tree),
  en: flatten(en as Tree),
};

describe('message catalogues', () => {
  it('exist for every configured locale', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...locales].sort());
  });

  it.each(Object.keys(catalogues).filter((l) => l !== 'de'))(
    '%s has exactly the German keys',
    (locale) => {
      expect(Object.keys(catalogues[locale]!).sort()).toEqual(Object.keys(catalogues.de!).sort());
    },
  );

  it.each(Object.keys(catalogues))('%s has no empty message', (locale) => {
    const empty = Object.entries(catalogues[locale]!).filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });
});
