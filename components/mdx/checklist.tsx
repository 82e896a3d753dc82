'use client';

import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';

type ChecklistState = { done: Set<string>; toggle: (stepId: string, checked: boolean) => void; register: (stepId: string) => () => void };

const ChecklistContext = createContext<ChecklistState | null>(null);

const storageKey = (checklistId: string) => `checklist:${checklistId}`;
const CHANGE_EVENT = 'checklist-change';

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function readStored(checklistId: string): string {
  try {
    return window.localStorage.getItem(storageKey(checklistId)) ?? '[]';
  } catch {
    return '[]';
  }
}

function parseDone(stored: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(stored);
    return new Set(Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

function saveDone(checklistId: string, done: Set<string>) {
  try {
    window.localStorage.setItem(storageKey(checklistId), JSON.stringify([...done]));
  } catch {
    // Private browsing can refuse storage; nothing else to do.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

type ChecklistProps = { id: string; progressTemplate: string; savedNote: string; children: ReactNode };

/**
 * A list of steps a member can check off. Check marks live in this device's localStorage only:
 * nothing about the member leaves the browser.
 */
export function Checklist({ id, progressTemplate, savedNote, children }: ChecklistProps) {
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(id),
    () => '[]',
  );
  const done = useMemo(() => parseDone(stored), [stored]);
  const [stepIds, setStepIds] = useState<string[]>([]);

  const toggle = useCallback(
    (stepId: string, checked: boolean) => {
      const next = parseDone(readStored(id));
      if (checked) next.add(stepId);
      else next.delete(stepId);
      saveDone(id, next);
    },
    [id],
  );

  const register = useCallback((stepId: string) => {
    setStepIds((ids) => (ids.includes(stepId) ? ids : [...ids, stepId]));
    return () => setStepIds((ids) => ids.filter((existing) => existing !== stepId));
  }, []);

  const value = useMemo(() => ({ done, toggle, register }), [done, toggle, register]);
  const doneCount = stepIds.filter((stepId) => done.has(stepId)).length;
  const progress = progressTemplate.replace('{done}', String(doneCount)).replace('{total}', String(stepIds.length));

  return (
    <ChecklistContext.Provider value={value}>
      <div className="not-prose my-6">
        <p className="requires-js rounded bg-brand-50 p-3 text-lg font-semibold" aria-live="polite">
          {stepIds.length > 0 ? progress : null}
        </p>
        <ol className="mt-4 space-y-4">{children}</ol>
        <p className="requires-js mt-3 text-base text-muted">{savedNote}</p>
      </div>
    </ChecklistContext.Provider>
  );
}

type StepProps = { id: string; title: string; doneLabel: string; children: ReactNode };

export function Step({ id, title, doneLabel, children }: StepProps) {
  const checklist = useContext(ChecklistContext);
  const inputId = useId();
  const checked = checklist?.done.has(id) ?? false;
  const register = checklist?.register;

  useEffect(() => register?.(id), [register, id]);

  return (
    <li className={`rounded-lg border-2 p-4 ${checked ? 'border-green-700 bg-green-50' : 'border-gray-300 bg-white'}`}>
      <h3 className="text-xl font-bold text-brand-900">{title}</h3>
      <div className="mt-2 space-y-2 text-lg [&_a]:text-brand-700 [&_a]:underline [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6">{children}</div>
      <div className="mt-3 flex items-center gap-3">
        <input
          id={inputId}
          type="checkbox"
          className="size-7 accent-green-700"
          checked={checked}
          onChange={(event) => checklist?.toggle(id, event.target.checked)}
        />
        <label htmlFor={inputId} className="text-lg font-semibold">
          {doneLabel}
          <span className="sr-only">: {title}</span>
        </label>
      </div>
    </li>
  );
}
