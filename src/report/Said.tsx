import type { Said } from './sentences';

/** Renders what sentences.ts said: the lead, the tasks as bullets, the question as its own paragraph. */
export function SaidBlock({ said }: { said: readonly Said[] }) {
  return (
    <>
      {said.map((s) => (
        <div key={s.lead} class="said">
          <p class="said__lead">{s.lead}</p>
          {s.tasks && s.tasks.length > 0 && (
            <ul class="said__tasks">
              {s.tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
          )}
          {s.after && <p class="said__after">{s.after}</p>}
        </div>
      ))}
    </>
  );
}
