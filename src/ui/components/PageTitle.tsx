import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { app as text } from '../../text/app';
import { NavigationContext } from '../context';

/**
 * The one h1 of a screen. After moving to another screen the focus goes here, so keyboard and
 * screen reader users start at the top of the new content.
 */
export function PageTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigation = useContext(NavigationContext);
  useEffect(() => {
    document.title = title === text.appName ? title : `${title} - ${text.appName}`;
    if (navigation.navigated) ref.current?.focus();
  }, [title, navigation]);
  return (
    <h1 class="utrecht-heading-1" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
