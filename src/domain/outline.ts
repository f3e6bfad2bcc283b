/**
 * The little a list of scans shows of a stored questionnaire version: its role and how many
 * screens it has. Read with checks of just those fields, without zod: listing scans must not
 * wait for a full check of every version ever used (a scan that is opened is fully checked).
 */
export interface QuestionnaireOutline {
  /** The work a task pack is about; null for a questionnaire without one. */
  role: string | null;
  /** Its sections: one screen each. */
  sections: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The outline of stored content, or null when the content has no list of sections to count. */
export function questionnaireOutline(content: unknown): QuestionnaireOutline | null {
  if (!isRecord(content) || !Array.isArray(content.sections)) return null;
  const role = typeof content.role === 'string' ? content.role : null;
  return { role, sections: content.sections.length };
}
