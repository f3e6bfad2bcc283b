/** The Dutch error screen for broken questionnaire files: which file, where in it, what is wrong. */
import type { Problem } from '../../domain/validate';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';

export function ProblemTable({ problems }: { problems: readonly Problem[] }) {
  return (
    <div class="ms-scroll">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{text.problemsCaption}</caption>
        <thead>
          <tr>
            <th class="utrecht-table__header-cell" scope="col">
              {text.problemsFile}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.problemsPath}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.problemsMessage}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={`${problem.file}/${problem.path}/${index}`}>
              <td class="utrecht-table__cell">
                <code>{problem.file}</code>
              </td>
              <td class="utrecht-table__cell">{problem.path ? <code>{problem.path}</code> : text.problemsWholeFile}</td>
              <td class="utrecht-table__cell">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProblemsScreen() {
  const app = useApp();
  const problems = app.problems.value;
  const usable = app.questionnaires.value;
  if (problems.length === 0)
    return (
      <>
        <PageTitle title={text.problemsNone}>{text.problemsNone}</PageTitle>
        <ButtonGroup>
          <ButtonLink href="#/">{text.problemsHome}</ButtonLink>
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
        <ButtonLink href="#/">{text.problemsHome}</ButtonLink>
      </ButtonGroup>
    </>
  );
}
