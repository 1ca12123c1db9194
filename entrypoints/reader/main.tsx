import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { SeedFacts } from '../../components/reader/SeedFacts';
import { SeedHeader } from '../../components/reader/SeedHeader';
import { locateQuote, paragraphsWithRange, SeedText } from '../../components/reader/SeedText';
import { useSeed, type SeedData } from '../../components/hooks/useSeed';
import { readerParams } from '../../lib/messaging/page-params';
import { useStrings } from '../../components/hooks/useStrings';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { Lang } from '../../lib/i18n/lang';
import '../sidepanel/style.css';
import './style.css';

const readerHref = (seed: string, quote?: string) =>
  `?seed=${encodeURIComponent(seed)}${quote ? `&quote=${encodeURIComponent(quote)}` : ''}`;

function Reader() {
  const { lang, s } = useStrings();
  const { seed, quote } = useMemo(() => readerParams(location.search), []);
  const state = useSeed(seed);

  return (
    <main class="reader" data-testid="reader" data-status={state.status}>
      {state.status === 'ready' ? (
        <Article s={s} lang={lang} data={state.data} quote={quote} />
      ) : (
        <>
          <h1>{s.reader.title}</h1>
          {state.status === 'loading' && <p role="status">{s.reader.loading}</p>}
          {state.status === 'no-seed' && (
            <p role="alert" data-testid="reader-error">
              {s.reader.noSeed}
            </p>
          )}
          {state.status === 'not-found' && (
            <p role="alert" data-testid="reader-error">
              {fill(s.reader.notFound, { seed: state.seed })}
            </p>
          )}
          {state.status === 'error' && (
            <p role="alert" data-testid="reader-error">
              {fill(s.reader.failed, { error: state.error })}
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
      <SeedHeader s={s} lang={lang} source={data.source} seedHref={(other) => readerHref(other)} />
      {quote && (
        <p
          class={range ? 'notice' : 'notice error'}
          role={range ? 'status' : 'alert'}
          data-testid="reader-quote-status"
          data-found={String(range !== null)}
        >
          {range ? s.reader.quoteFound : s.reader.quoteNotFound}
        </p>
      )}
      <div lang={data.source.lang}>
        <SeedText paragraphs={paragraphs} label={s.reader.text} />
      </div>
      <SeedFacts
        s={s}
        lang={lang}
        facts={data.facts}
        timeline={data.timeline}
        quoteHref={(q) => readerHref(data.source.seed, q)}
      />
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Reader />, root);
