/**
 * The questionnaire catalog: the questionnaires the host offers (task packs to choose from, the
 * lists every scan has), the files that are broken, and how long a scan takes. It also remembers
 * every questionnaire version this tab has checked, so a version is checked once, not per use.
 */
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { EstimatedQuestionnaire } from '../domain/estimate';
import type { Questionnaire } from '../domain/format';
import type { Problem } from '../domain/validate';
import { scanMinutes } from './scan-time';
import type { LoadPhase } from './startup';
import type { LoadedQuestionnaire, MinutesRange, Services } from './types';

export interface CatalogOptions {
  /** Until the app has started, the minutes worked out when the start screen was prerendered show. */
  phase: ReadonlySignal<LoadPhase>;
  initialMinutes?: MinutesRange | null;
}

export interface Catalog {
  readonly questionnaires: ReadonlySignal<LoadedQuestionnaire[]>;
  readonly problems: ReadonlySignal<Problem[]>;
  readonly packs: ReadonlySignal<LoadedQuestionnaire[]>;
  readonly general: ReadonlySignal<LoadedQuestionnaire[]>;
  readonly minutes: ReadonlySignal<MinutesRange | null>;
  /**
   * Fetches the host's questionnaires (the versions already checked are not checked again); they
   * show once the returned function is called, when the rest of the start is done too.
   */
  fetch(services: Services): Promise<() => void>;
  /** A version this tab has checked, by content hash. */
  checked(hash: string): Questionnaire | undefined;
  remember(hash: string, questionnaire: Questionnaire): void;
}

/** The shortest and the longest scan over all task packs (a scan = one pack + every general list). */
export function minutesRange(
  packs: readonly EstimatedQuestionnaire[],
  general: readonly EstimatedQuestionnaire[],
): MinutesRange | null {
  if (packs.length === 0) return null;
  const all = packs.map((pack) => scanMinutes([pack, ...general]));
  return { min: Math.min(...all), max: Math.max(...all) };
}

export function createCatalog(options: CatalogOptions): Catalog {
  const questionnaires = signal<LoadedQuestionnaire[]>([]);
  const problems = signal<Problem[]>([]);
  /** Validated questionnaires by content hash: a snapshot is checked once per tab, not per opening. */
  const checked = new Map<string, Questionnaire>();

  const packs = computed(() => questionnaires.value.filter((l) => l.questionnaire.kind === 'takenpakket'));
  const general = computed(() => questionnaires.value.filter((l) => l.questionnaire.kind === 'vragenlijst'));
  const minutes = computed(() => {
    if (options.phase.value !== 'klaar') return options.initialMinutes ?? null;
    return minutesRange(
      packs.value.map((l) => l.questionnaire),
      general.value.map((l) => l.questionnaire),
    );
  });

  return {
    questionnaires,
    problems,
    packs,
    general,
    minutes,
    async fetch(services) {
      const result = await services.loadQuestionnaires(checked);
      return () => {
        for (const loaded of result.loaded) checked.set(loaded.hash, loaded.questionnaire);
        batch(() => {
          questionnaires.value = result.loaded;
          problems.value = result.problems;
        });
      };
    },
    checked: (hash) => checked.get(hash),
    remember(hash, questionnaire) {
      checked.set(hash, questionnaire);
    },
  };
}
