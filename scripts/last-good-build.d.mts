export type BuildOutcome = 'built' | 'kept-last-good' | 'failed';
export function buildKeepingLastGood(options: { distDir: string; build: () => boolean; warn?: (text: string) => void }): BuildOutcome;
