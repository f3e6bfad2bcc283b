import { render } from 'preact';

function App() {
  return (
    <main>
      <h1>Morgenscan</h1>
    </main>
  );
}

const root = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (root) render(<App />, root);

export async function prerender() {
  const { renderToString } = await import('preact-render-to-string');
  return { html: renderToString(<App />) };
}
