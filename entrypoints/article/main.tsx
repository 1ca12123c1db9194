import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { SeedFacts } from '../../components/article/SeedFacts';
import { SeedHeader } from '../../components/article/SeedHeader';
import { locateQuote, paragraphsWithRange, SeedText } from '../../components/article/SeedText';
import { useSeed, type SeedData } from '../../components/hooks/useSeed';
import { articleParams } from '../../lib/messaging/page-params';
import { useStrings } from '../../components/hooks/useStrings';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { Lang } from '../../lib/i18n/lang';
import '../sidepanel/style.css';
import './style.css';

const articleHref = (seed: string, quote?: string) =>
  `?seed=${encodeURIComponent(seed)}${quote ? `&quote=${encodeURIComponent(quote)}` : ''}`;

function Reader() {
  const { lang, s } = useStrings();
  const { seed, quote } = useMemo(() => articleParams(location.search), []);
  const state = useSeed(seed);

  return (
    <main class="article" data-testid="article" data-status={state.status}>
      {state.status === 'ready' ? (
        <Article s={s} lang={lang} data={state.data} quote={quote} />
      ) : (
        <>
          <h1>{s.article.title}</h1>
          {state.status === 'loading' && <p role="status">{s.article.loading}</p>}
          {state.status === 'no-seed' && (
            <p role="alert" data-testid="article-error">
              {s.article.noSeed}
            </p>
          )}
          {state.status === 'not-found' && (
            <p role="alert" data-testid="article-error">
              {fill(s.article.notFound, { seed: state.seed })}
            </p>
          )}
          {state.status === 'error' && (
            <p role="alert" data-testid="article-error">
              {fill(s.article.failed, { error: state.error })}
            </p>
          )}
        </>
      )}
    </main>
  );
}

function Article({
  s,
  lang,
  data,
  quote,
}: {
  s: SidebarStrings;
  lang: Lang;
  data: SeedData;
  quote: string | null;
}) {
  const range = useMemo(() => (quote ? locateQuote(data.text, quote) : null), [data.text, quote]);
  const paragraphs = useMemo(() => paragraphsWithRange(data.text, range), [data.text, range]);
  useEffect(() => {
    document.title = `${data.source.title} — MPP Context`;
  }, [data.source.title]);
  return (
    <>
      <SeedHeader s={s} lang={lang} source={data.source} seedHref={(other) => articleHref(other)} />
      {quote && (
        <p
          class={range ? 'notice' : 'notice error'}
          role={range ? 'status' : 'alert'}
          data-testid="article-quote-status"
          data-found={String(range !== null)}
        >
          {range ? s.article.quoteFound : s.article.quoteNotFound}
        </p>
      )}
      <div lang={data.source.lang}>
        <SeedText paragraphs={paragraphs} label={s.article.text} />
      </div>
      <SeedFacts
        s={s}
        lang={lang}
        facts={data.facts}
        timeline={data.timeline}
        quoteHref={(q) => articleHref(data.source.seed, q)}
      />
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Reader />, root);
