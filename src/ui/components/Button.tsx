/** Buttons and links in NL Design System (Utrecht) markup; the look comes from our own tokens. */
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type Appearance = 'primary-action' | 'secondary-action' | 'subtle' | 'danger';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & {
  appearance?: Appearance;
  children: ComponentChildren;
};

export function Button({ appearance = 'primary-action', type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`utrecht-button utrecht-button--${appearance}`}>
      {children}
    </button>
  );
}

interface LinkProps {
  href: string;
  children: ComponentChildren;
  id?: string;
  onClick?: (event: MouseEvent) => void;
  'aria-describedby'?: string;
  'aria-label'?: string;
  'aria-current'?: 'page' | 'step';
}

export function ButtonLink({
  appearance = 'primary-action',
  children,
  ...rest
}: LinkProps & { appearance?: Appearance }) {
  return (
    <a {...rest} class={`utrecht-button-link utrecht-button-link--${appearance}`}>
      {children}
    </a>
  );
}

export function Link({ children, ...rest }: LinkProps) {
  return (
    <a {...rest} class="utrecht-link">
      {children}
    </a>
  );
}

/** A row of buttons that wraps on a narrow screen. */
export function ButtonGroup({ children }: { children: ComponentChildren }) {
  return <div class="utrecht-button-group">{children}</div>;
}
