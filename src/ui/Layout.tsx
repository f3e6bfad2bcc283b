import type { ComponentChildren } from 'preact';
import type { PwaModel } from '../pwa/model';
import { app as text } from '../text/app';
import { useApp } from './context';
import { PwaNotices } from './pwa/PwaNotices';
import { hrefFor, navCurrent, navigation } from './routes';

function NavLink({ href, current, children }: { href: string; current: boolean; children: ComponentChildren }) {
  return (
    <li>
      <a class="ms-nav__link" href={href} aria-current={current ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}

export function Layout({ pwa, children }: { pwa: PwaModel; children: ComponentChildren }) {
  const app = useApp();
  const active = navCurrent(app.route.current.value);
  const focusMain = (event: Event) => {
    // The href would change the route; move the focus instead.
    event.preventDefault();
    document.getElementById('inhoud')?.focus();
  };
  return (
    <div class="morgenscan-theme utrecht-document">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link; the handler only keeps the hash route. */}
      <a class="utrecht-skip-link" href="#inhoud" onClick={focusMain}>
        {text.skipLink}
      </a>
      <header class="ms-header">
        <div class="ms-container ms-header__bar">
          <a class="ms-brand" href={hrefFor({ name: 'start' })}>
            {text.appName}
          </a>
          <nav aria-label={text.navLabel}>
            <ul class="ms-nav__list">
              {navigation.map((entry) => (
                <NavLink key={entry.name} href={hrefFor({ name: entry.name } as never)} current={active === entry.name}>
                  {entry.label}
                </NavLink>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main class="ms-main ms-container" id="inhoud" tabIndex={-1}>
        <PwaNotices
          pwa={pwa}
          repositoryKind={app.startup.repositoryKind.value}
          exportHref={hrefFor({ name: 'gegevens' })}
        />
        {children}
      </main>
      <footer class="ms-footer">
        <div class="ms-container">
          <p>{text.footer}</p>
        </div>
      </footer>
    </div>
  );
}
