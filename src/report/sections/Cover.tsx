import type { ReportData, ReportSectionId } from '../../domain/report';
import { report as t } from '../../text/report';
import { PageTitle } from '../../ui/components/PageTitle';
import { formatDate } from '../format';
import { sectionTitle } from './registry';

interface CoverProps {
  data: ReportData;
  name: string;
  onNameChange(name: string): void;
}

export function Cover({ data, name, onNameChange }: CoverProps) {
  const printed: ReportSectionId[] = data.printed;
  return (
    <header class="report-cover">
      <p class="report-cover__brand">
        {t.appName} · <strong>{t.confidential}</strong>
      </p>
      <div class="report-cover__title">
        <PageTitle title={t.title}>{t.title}</PageTitle>
      </div>
      <p class="report-cover__subtitle">{t.subtitle}</p>
      <dl class="report-cover__facts">
        {name.trim() !== '' && (
          <div class="print-only">
            <dt>{t.coverName}</dt>
            <dd data-testid="cover-name">{name}</dd>
          </div>
        )}
        {data.work && (
          <div>
            <dt>{t.coverRole}</dt>
            <dd>{data.work.role}</dd>
          </div>
        )}
        <div>
          <dt>{t.coverDate}</dt>
          <dd>{formatDate(data.date)}</dd>
        </div>
      </dl>
      {!data.finished && <p class="report-cover__note">{t.coverNotFinished}</p>}
      <div class="report-cover__name no-print">
        <label for="rapport-naam">{t.nameLabel}</label>
        <p id="rapport-naam-hulp" class="field-help">
          {t.nameHelp}
        </p>
        <input
          id="rapport-naam"
          type="text"
          autocomplete="name"
          maxLength={120}
          aria-describedby="rapport-naam-hulp"
          value={name}
          onInput={(event) => onNameChange(event.currentTarget.value)}
        />
      </div>
      <p class="report-cover__owner">
        <strong>{t.owner}</strong> {t.ownerMore}
      </p>
      <nav class="report-cover__contents" aria-label={t.coverContents}>
        <h2 class="report-cover__contents-title">{t.coverContents}</h2>
        <ol>
          {data.sections.map((id) => (
            <li key={id} class={printed.includes(id) ? '' : 'report-cover__contents-hidden'}>
              <a href={`#rapport-${id}`} onClick={(event) => jumpTo(event, id)}>
                {sectionTitle(id)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}

/** The app routes on the hash, so in-page links scroll by hand and keep the route as it is. */
function jumpTo(event: MouseEvent, id: ReportSectionId) {
  const target = document.getElementById(`rapport-${id}`);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  const heading = target.querySelector('h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}
