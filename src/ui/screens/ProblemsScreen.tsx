/** The Dutch error screen for broken questionnaire files: which file, where in it, what is wrong. */
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { ProblemTable } from '../components/ProblemTable';
import { useApp } from '../context';
import { hrefFor } from '../routes';

export function ProblemsScreen() {
  const app = useApp();
  const problems = app.catalog.problems.value;
  const usable = app.catalog.questionnaires.value;
  if (problems.length === 0)
    return (
      <>
        <PageTitle title={text.problemsNone}>{text.problemsNone}</PageTitle>
        <ButtonGroup>
          <ButtonLink href={hrefFor({ name: 'start' })}>{text.problemsHome}</ButtonLink>
        </ButtonGroup>
      </>
    );
  return (
    <>
      <PageTitle title={text.problemsTitle}>{text.problemsTitle}</PageTitle>
      <Alert type="error">
        <p>{text.problemsIntro}</p>
        <p>{text.problemsForAdmin}</p>
      </Alert>
      <ProblemTable problems={problems} />
      {usable.length > 0 && (
        <>
          <h2 class="utrecht-heading-2">{text.problemsUsable}</h2>
          <ul>
            {usable.map((l) => (
              <li key={l.file}>
                {l.questionnaire.role ?? l.questionnaire.title} (<code>{l.file}</code>)
              </li>
            ))}
          </ul>
        </>
      )}
      <ButtonGroup>
        <ButtonLink href={hrefFor({ name: 'start' })}>{text.problemsHome}</ButtonLink>
      </ButtonGroup>
    </>
  );
}
