import { formatIsoDate } from '../../lib/i18n/format';
import type { Lang } from '../../lib/i18n/lang';
import type { SidebarStrings } from '../../lib/i18n/sidebar';
import type { SourceView } from '../../lib/messaging/contract';

export interface SeedHeaderProps {
  s: SidebarStrings;
  lang: Lang;
  source: SourceView;
  /** The article page for another seed. */
  seedHref: (seed: string) => string;
}

const seedNumber = (seed: string) => seed.slice(0, 3);

export function SeedHeader({ s, lang, source, seedHref }: SeedHeaderProps) {
  return (
    <header class="seed-header" data-testid="article-header">
      <p class="outlet" data-testid="article-outlet">
        <span class="sr-only">{s.article.outlet}: </span>
        {source.outlet ?? s.article.unknownOutlet} · <code>{source.seed}</code>
      </p>
      <h1 data-testid="article-title" lang={source.lang}>
        {source.title}
      </h1>
      {source.titleIsOurs && <p class="muted">{s.article.titleIsOurs}</p>}
      <dl class="pairs">
        <dt>{s.article.pageDate}</dt>
        <dd data-testid="article-page-date">
          {source.pageDate ? formatIsoDate(source.pageDate, lang) : s.article.noPageDate}
        </dd>
        <dt>{s.article.eventsDate}</dt>
        <dd data-testid="article-events-date">{formatIsoDate(source.eventsDate, lang)}</dd>
        <dt>{s.article.copyRelation}</dt>
        <dd data-testid="article-copy-relation">
          <CopyRelation s={s} source={source} seedHref={seedHref} />
        </dd>
      </dl>
      <figure class="evidence">
        <figcaption>{s.article.evidence}</figcaption>
        <blockquote class="quote" lang={source.lang}>
          {source.eventsDateEvidence.quote}
        </blockquote>
      </figure>
    </header>
  );
}

function CopyRelation({ s, source, seedHref }: Omit<SeedHeaderProps, 'lang'>) {
  if (!source.copies && source.copiedBy.length === 0) return <>{s.article.noCopy}</>;
  const link = (seed: string) => (
    <a key={seed} href={seedHref(seed)}>
      {seedNumber(seed)}
    </a>
  );
  // The template's placeholder is replaced by links, so the sentence stays translatable.
  const withLinks = (template: string, name: string, seeds: string[]) => {
    const [before = '', after = ''] = template.split(`{${name}}`);
    return (
      <>
        {before}
        {seeds.map((seed, i) => [i > 0 ? ', ' : '', link(seed)])}
        {after}
      </>
    );
  };
  return (
    <>
      {source.copies && (
        <span class="copy-relation">{withLinks(s.article.copies, 'seed', [source.copies])}</span>
      )}
      {source.copies && source.copiedBy.length > 0 && '; '}
      {source.copiedBy.length > 0 && (
        <span class="copy-relation">{withLinks(s.article.copiedBy, 'seeds', source.copiedBy)}</span>
      )}
    </>
  );
}
