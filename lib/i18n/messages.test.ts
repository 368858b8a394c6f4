import { describe, expect, it } from 'vitest';
import de from './messages/de.json';
import en from './messages/en.json';
import adminDe from './messages/admin/de.json';
import adminEn from './messages/admin/en.json';
import authDe from './messages/auth/de.json';
import authEn from './messages/auth/en.json';
import notifyDe from './messages/notify/de.json';
import notifyEn from './messages/notify/en.json';
import videoDe from './messages/video/de.json';
import videoEn from './messages/video/en.json';
import rosterDe from './messages/roster/de.json';
import rosterEn from './messages/roster/en.json';
import workspaceDe from './messages/workspace/de.json';
import workspaceEn from './messages/workspace/en.json';
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

const files: Record<string, Tree[]> = {
  de: [de, authDe, adminDe, notifyDe, videoDe, workspaceDe, rosterDe],
  en: [en, authEn, adminEn, notifyEn, videoEn, workspaceEn, rosterEn],
};

const catalogues: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([locale, trees]) => [
    locale,
    Object.assign({}, ...trees.map((tree) => flatten(tree))),
  ]),
);

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

  it.each(Object.keys(files))('%s repeats no namespace across its files', (locale) => {
    const namespaces = files[locale]!.flatMap((tree) => Object.keys(tree));
    expect(namespaces.length).toBe(new Set(namespaces).size);
  });

  it.each(Object.keys(catalogues))('%s has no empty message', (locale) => {
    const empty = Object.entries(catalogues[locale]!).filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });
});
