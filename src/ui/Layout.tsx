import type { ComponentChildren } from 'preact';
import type { PwaModel } from '../pwa/model';
import type { Route } from '../state/route';
import { app as text } from '../text/app';
import { useApp } from './context';
import { PwaNotices } from './pwa/PwaNotices';

function NavLink({ href, current, children }: { href: string; current: boolean; children: ComponentChildren }) {
  return (
    <li>
      <a class="ms-nav__link" href={href} aria-current={current ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}

function section(route: Route): 'start' | 'scans' | 'gegevens' | null {
  if (route.name === 'start') return 'start';
  if (route.name === 'scans' || route.name === 'vergelijk') return 'scans';
  if (route.name === 'gegevens') return 'gegevens';
  return null;
}

export function Layout({ pwa, children }: { pwa: PwaModel; children: ComponentChildren }) {
  const app = useApp();
  const active = section(app.route.value);
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
          <a class="ms-brand" href="#/">
            {text.appName}
          </a>
          <nav aria-label={text.navLabel}>
            <ul class="ms-nav__list">
              <NavLink href="#/scans" current={active === 'scans'}>
                {text.navScans}
              </NavLink>
              <NavLink href="#/gegevens" current={active === 'gegevens'}>
                {text.navData}
              </NavLink>
            </ul>
          </nav>
        </div>
      </header>
      <main class="ms-main ms-container" id="inhoud" tabIndex={-1}>
        <PwaNotices pwa={pwa} repositoryKind={app.repositoryKind.value} exportHref="#/gegevens" />
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
