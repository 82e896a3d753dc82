import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import type { ContentIssue } from './issues';
import { HANDOUTS_DIR, PROVIDERS_DIR } from './pages';
import { appRoutePaths } from './routes';
import { contentDir, displayPath } from './paths';

/** File names become web addresses: lowercase letters, digits and dashes. */
const SAFE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The files in each language folder: pages are .mdx (directly in the folder or in handouts/),
 * PDFs sit in handouts/ beside a handout of the same name, and nothing else belongs there.
 * Hidden files (.DS_Store, .gitkeep) are ignored.
 */
export function checkContentFiles(): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // The app's own nested routes (like providers/join) win over a content page of the same name.
  const appRoutes = new Set(appRoutePaths().filter((route) => route.includes('/')));
  for (const locale of routing.locales) {
    const root = path.join(contentDir(), locale);
    if (!fs.existsSync(root)) {
      issues.push({ file: displayPath(root), message: `the ${locale} folder is missing: create it with the same pages as the other languages` });
      continue;
    }
    for (const relative of (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
      const absolute = path.join(root, relative);
      const parts = relative.split(path.sep);
      if (parts.some((part) => part.startsWith('.')) || fs.statSync(absolute).isDirectory()) continue;
      const file = displayPath(absolute);
      const extension = path.extname(relative);
      const base = path.basename(relative, extension);
      const inHandouts = parts.length === 2 && parts[0] === HANDOUTS_DIR;
      const inProviders = parts.length === 2 && parts[0] === PROVIDERS_DIR;
      const placed = parts.length === 1 || inHandouts || inProviders;
      const route = parts.join('/').slice(0, -extension.length);

      if (extension === '.mdx' && placed && appRoutes.has(route)) {
        issues.push({ file, message: `/${route} is a page the site itself serves (a form or a search), so this file would never be shown: rename it` });
      } else if (extension === '.mdx' && placed) {
        if (!SAFE_NAME.test(base)) issues.push({ file, message: nameAdvice(base, '.mdx') });
      } else if (extension === '.pdf' && inHandouts) {
        if (!fs.existsSync(path.join(root, HANDOUTS_DIR, `${base}.mdx`))) {
          issues.push({
            file,
            message: `this PDF has no handout page beside it: create ${displayPath(path.join(root, HANDOUTS_DIR, `${base}.mdx`))} or give the PDF the same name as a handout`,
          });
        } else if (!isPdf(absolute)) {
          issues.push({ file, message: 'this is not a PDF file: export the handout as PDF and save it again' });
        }
      } else if (extension === '.mdx' || extension === '.pdf') {
        issues.push({
          file,
          message: `move this file: pages go directly in content/${locale}/, in content/${locale}/${HANDOUTS_DIR}/ or in content/${locale}/${PROVIDERS_DIR}/, and PDFs only in content/${locale}/${HANDOUTS_DIR}/`,
        });
      } else {
        issues.push({
          file,
          message: `this file does not belong in content/${locale}/: pages are .mdx files, and handout PDFs go in content/${locale}/${HANDOUTS_DIR}/. Move or delete it`,
        });
      }
    }
  }
  return issues;
}

function nameAdvice(base: string, extension: string): string {
  const suggestion = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `rename this file to ${suggestion || 'a-name'}${extension}: file names are web addresses, so use lowercase letters, digits and dashes only`;
}

function isPdf(file: string): boolean {
  const handle = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(handle, head, 0, 5, 0);
    return head.toString('latin1') === '%PDF-';
  } finally {
    fs.closeSync(handle);
  }
}
