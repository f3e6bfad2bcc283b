import type { ReportSectionId } from '../domain/report';
import { report as t } from '../text/report';
import { sectionTitle } from './sections/registry';

interface PrintChoiceProps {
  sections: readonly ReportSectionId[];
  hidden: readonly string[];
  onChange(hidden: string[]): void;
}

/** Which parts go on paper: everything by default; the choice is kept with the plan. */
export function PrintChoice({ sections, hidden, onChange }: PrintChoiceProps) {
  const toggle = (id: ReportSectionId, printed: boolean) => {
    const next = printed ? hidden.filter((h) => h !== id) : [...hidden.filter((h) => h !== id), id];
    onChange(next);
  };
  return (
    <fieldset class="print-choice" aria-describedby="print-choice-hulp">
      <legend>{t.chooseTitle}</legend>
      <p class="field-help" id="print-choice-hulp">
        {t.chooseHelp}
      </p>
      <ul class="print-choice__list">
        {sections.map((id) => {
          const inputId = `print-${id}`;
          return (
            <li key={id}>
              <input
                id={inputId}
                type="checkbox"
                checked={!hidden.includes(id)}
                onChange={(event) => toggle(id, event.currentTarget.checked)}
              />
              <label for={inputId}>{sectionTitle(id)}</label>
            </li>
          );
        })}
      </ul>
      {sections.some((id) => hidden.includes(id)) && (
        <button type="button" class="button button--secondary" onClick={() => onChange([])}>
          {t.chooseAll}
        </button>
      )}
    </fieldset>
  );
}
