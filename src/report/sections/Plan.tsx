import { report as t } from '../../text/report';

export type PlanField = 'goals' | 'firstSteps' | 'support' | 'nextTalk';
export type PlanTexts = Record<PlanField, string>;

const FIELDS: { field: PlanField; label: string; help: string; rows: number; lines: number }[] = [
  { field: 'goals', label: t.goalsLabel, help: t.goalsHelp, rows: 4, lines: 4 },
  { field: 'firstSteps', label: t.firstStepsLabel, help: t.firstStepsHelp, rows: 4, lines: 4 },
  { field: 'support', label: t.supportLabel, help: t.supportHelp, rows: 3, lines: 3 },
  { field: 'nextTalk', label: t.nextTalkLabel, help: t.nextTalkHelp, rows: 1, lines: 1 },
];

const MAX_LENGTH = 4000;

interface PlanProps {
  plan: PlanTexts;
  onChange(field: PlanField, value: string): void;
}

/**
 * The plan is typed on screen and printed as text. An empty field prints as lines to write on,
 * so the plan can also be made during the conversation, on paper.
 */
export function Plan({ plan, onChange }: PlanProps) {
  return (
    <>
      <p class="no-print">
        {t.planIntro} {t.planSaved}
      </p>
      <div class="plan-fields">
        {FIELDS.map(({ field, label, help, rows, lines }) => {
          const id = `plan-${field}`;
          const value = plan[field];
          return (
            <div key={field} class="plan-field">
              <div class="no-print">
                <label for={id} class="plan-field__label">
                  {label}
                </label>
                <p id={`${id}-hulp`} class="field-help">
                  {help}
                </p>
                {rows === 1 ? (
                  <input
                    id={id}
                    type="text"
                    maxLength={200}
                    aria-describedby={`${id}-hulp`}
                    value={value}
                    onInput={(event) => onChange(field, event.currentTarget.value)}
                  />
                ) : (
                  <textarea
                    id={id}
                    rows={rows}
                    maxLength={MAX_LENGTH}
                    aria-describedby={`${id}-hulp`}
                    value={value}
                    onInput={(event) => onChange(field, event.currentTarget.value)}
                  />
                )}
              </div>
              <div class="print-only plan-print keep-together">
                <h3 class="plan-print__label">{label}</h3>
                {value.trim() !== '' ? (
                  <p class="plan-print__text" data-testid={`plan-print-${field}`}>
                    {value.trim()}
                  </p>
                ) : (
                  <div class="write-lines" aria-hidden="true">
                    {Array.from({ length: lines }, (_, i) => (
                      <span key={i} class="write-lines__line" />
                    ))}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}
