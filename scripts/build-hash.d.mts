// Types of build-hash.mjs, for the TypeScript benchmarks that reuse a build the way `npm start` does.
export function hashBuildInputs(options: { root: string; contentDir?: string; env?: Record<string, string | undefined> }): string;
export function isBuiltFrom(distDir: string, fingerprint: string): boolean;
export function clearBuildStamp(distDir: string): void;
export function stampBuild(distDir: string, fingerprint: string): void;
