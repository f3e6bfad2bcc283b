/** The Dutch error screen for broken questionnaire files: which file, where in it, what is wrong. */
import type { Problem } from '../../domain/validate';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';

/** The problems per file: which file, where in it, and what is wrong. Reflows on any width. */
export function ProblemTable({ problems, headingLevel = 2 }: { problems: readonly Problem[]; headingLevel?: 2 | 3 }) {
  const files = [...new Set(problems.map((p) => p.file))];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {files.map((file) => (
        <section key={file} aria-labelledby={`fout-${file}`}>
          <Heading class="utrecht-heading-3 ms-problem-file" id={`fout-${file}`}>
            {text.problemsFile(file)}
          </Heading>
          <ul class="ms-problems">
            {problems
              .filter((p) => p.file === file)
              .map((problem, index) => (
                <li key={`${problem.path}/${index}`}>
                  <p>
                    {text.problemsPath} {problem.path ? <code>{problem.path}</code> : text.problemsWholeFile}
                  </p>
                  <p>{problem.message}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
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
