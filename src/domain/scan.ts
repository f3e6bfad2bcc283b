/**
 * The words of a scan, owned by the domain: what a scan is, its plan, its answers, and a scan
 * together with the questionnaire versions it was taken with. Storage keeps these shapes as they
 * are (storage/types.ts), and screens and the report speak of them by these names.
 */
import type { Questionnaire } from './format';
import type { AnswerValue } from './kinds';

/** Which version of a questionnaire a scan used; `hash` points at the snapshot of its file. */
export interface QuestionnaireRef {
  id: string;
  version: number;
  hash: string;
}

export type ScanStatus = 'bezig' | 'klaar';

/** One self-scan of one person. */
export interface Scan {
  id: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  status: ScanStatus;
  /** The chosen task pack (role). */
  packId: string;
  /** In scan order: the pack first, then the questionnaires every scan has. */
  questionnaires: QuestionnaireRef[];
  /** The screen to resume on (0-based over all sections of the scan). */
  step: number;
}

/** The personal development plan and report choices, one per scan. */
export interface Plan {
  scanId: string;
  /** Name on the cover; optional, typed by the user. */
  name: string;
  goals: string;
  firstSteps: string;
  support: string;
  nextTalk: string;
  /** Report section ids left off the print; empty means everything is printed. */
  hiddenSections: string[];
  updatedAt: string;
}

/** Answers to one questionnaire, per item id. */
export type QuestionnaireAnswers = Record<string, AnswerValue>;

/** Answers of one scan, per questionnaire id, per item id. */
export type ScanAnswers = Record<string, QuestionnaireAnswers>;

/** A scan with the questionnaire versions it was taken with (in scan order) and its answers. */
export interface AnsweredScan {
  scan: Scan;
  questionnaires: Questionnaire[];
  answers: ScanAnswers;
}
