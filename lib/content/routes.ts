import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { HOME_SLUG, listPageSlugs } from './pages';

/**
 * Addresses (without the language) that exist for a locale: every content page, plus routes
 * the app itself serves (a folder with a page.tsx under app/[locale]).
 */
export function knownPaths(locale: Locale): Set<string> {
  const paths = new Set<string>(['/']);
  for (const slug of listPageSlugs(locale)) paths.add(slug === HOME_SLUG ? '/' : `/${slug}`);
  for (const name of appRoutePaths()) paths.add(`/${name}`);
  return paths;
}

/** Every static route the app serves under app/[locale], nested ones included (e.g. "providers/join"). */
export function appRoutePaths(): string[] {
  // One fixed folder read recursively: a folder passed in would make the bundler trace the whole project.
  const appRoot = path.join(process.cwd(), 'app', '[locale]');
  if (!fs.existsSync(appRoot)) return [];
  return (fs.readdirSync(appRoot, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep))
    .filter((parts) => parts.length > 1 && parts[parts.length - 1] === 'page.tsx')
    .map((parts) => parts.slice(0, -1))
    .filter((segments) => segments.every((segment) => !/^[[(_]/.test(segment)))
    .map((segments) => segments.join('/'));
}

/** Route folders the app serves itself under app/[locale] (e.g. "handouts"). */
export function appRouteNames(): string[] {
  const appRoot = path.join(process.cwd(), 'app', '[locale]');
  if (!fs.existsSync(appRoot)) return [];
  return fs
    .readdirSync(appRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[[(_]/.test(entry.name))
    .filter((entry) => fs.existsSync(path.join(appRoot, entry.name, 'page.tsx')))
    .map((entry) => entry.name);
}

/** "/handouts/x#part" → "/handouts/x"; trailing slashes removed. */
export function normalizeInternalPath(href: string): string {
  const withoutHash = href.split(/[?#]/)[0] ?? '/';
  return withoutHash.length > 1 ? withoutHash.replace(/\/+$/, '') : '/';
}
