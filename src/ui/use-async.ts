import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> = { status: 'laden' } | { status: 'klaar'; value: T } | { status: 'fout'; error: unknown };

/** Runs `run` when `deps` change and keeps the latest outcome; a stale outcome is ignored. */
export function useAsync<T>(run: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'laden' });
  useEffect(() => {
    let live = true;
    setState({ status: 'laden' });
    run().then(
      (value) => live && setState({ status: 'klaar', value }),
      (error: unknown) => live && setState({ status: 'fout', error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
