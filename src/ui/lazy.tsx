import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { app as text } from '../text/app';
import { Alert } from './components/Alert';
import { Button } from './components/Button';

export function Loading({ message = text.loading }: { message?: string }) {
  return (
    <p class="ms-loading" role="status">
      {message}
    </p>
  );
}

export function LoadFailed({ message = text.errorAppLoad }: { message?: string }) {
  return (
    <Alert type="error" role="alert" title={text.errorTitle}>
      <p>{message}</p>
      <Button onClick={() => window.location.reload()}>{text.reloadButton}</Button>
    </Alert>
  );
}

export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<unknown> };

/** A component whose code is downloaded the first time it is shown (or preloaded earlier). */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  function Lazy(props: P) {
    const [, setVersion] = useState(0);
    const [failed, setFailed] = useState(false);
    const renderedLoaded = loaded !== null;
    useEffect(() => {
      // The code may have arrived (by preload) between this render and its effect: show it.
      if (loaded) {
        if (!renderedLoaded) setVersion((n) => n + 1);
        return;
      }
      let live = true;
      get().then(
        () => live && setVersion((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) return <LoadFailed />;
    if (!loaded) return <Loading />;
    const Loaded = loaded;
    return <Loaded {...props} />;
  }
  return Object.assign(Lazy, { preload: get });
}
