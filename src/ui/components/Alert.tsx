import type { ComponentChildren } from 'preact';
import { Icon } from './Icon';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

const ICONS = { info: 'info', ok: 'check', warning: 'warning', error: 'error' } as const;

/**
 * A message box. `role`: "alert" for something that just went wrong, "status" for a quiet
 * confirmation, none for text that was there when the screen opened.
 */
export function Alert({
  type,
  title,
  role,
  children,
  id,
}: {
  type: AlertType;
  title?: string;
  role?: 'alert' | 'status';
  children?: ComponentChildren;
  id?: string;
}) {
  return (
    <div class={`utrecht-alert utrecht-alert--${type}`} role={role} id={id}>
      <Icon name={ICONS[type]} class="utrecht-alert__icon" />
      <div class="utrecht-alert__content">
        {title && <p class="utrecht-alert__heading">{title}</p>}
        {children}
      </div>
    </div>
  );
}
