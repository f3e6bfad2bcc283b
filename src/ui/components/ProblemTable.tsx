/** The problems per file: which file, where in it, and what is wrong. Reflows on any width. */
import type { Problem } from '../../domain/validate';
import { app as text } from '../../text/app';

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
