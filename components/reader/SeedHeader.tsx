import { formatIsoDate } from '../../lib/i18n/format';
import type { Lang } from '../../lib/i18n/lang';
import type { SidebarStrings } from '../../lib/i18n/sidebar';
import type { SourceView } from '../../lib/messaging/contract';

export interface SeedHeaderProps {
  s: SidebarStrings;
  lang: Lang;
  source: SourceView;
  /** The reader page for another seed. */
  seedHref: (seed: string) => string;
}

const seedNumber = (seed: string) => seed.slice(0, 3);

export function SeedHeader({ s, lang, source, seedHref }: SeedHeaderProps) {
  return (
    <header class="seed-header" data-testid="reader-header">
      <p class="outlet" data-testid="reader-outlet">
        <span class="sr-only">{s.reader.outlet}: </span>
        {source.outlet ?? s.reader.unknownOutlet} · <code>{source.seed}</code>
      </p>
      <h1 data-testid="reader-title" lang={source.lang}>
        {source.title}
      </h1>
      {source.titleIsOurs && <p class="muted">{s.reader.titleIsOurs}</p>}
      <dl class="pairs">
        <dt>{s.reader.pageDate}</dt>
        <dd data-testid="reader-page-date">
          {source.pageDate ? formatIsoDate(source.pageDate, lang) : s.reader.noPageDate}
        </dd>
        <dt>{s.reader.eventsDate}</dt>
        <dd data-testid="reader-events-date">{formatIsoDate(source.eventsDate, lang)}</dd>
        <dt>{s.reader.copyRelation}</dt>
        <dd data-testid="reader-copy-relation">
          <CopyRelation s={s} source={source} seedHref={seedHref} />
        </dd>
      </dl>
      <figure class="evidence">
        <figcaption>{s.reader.evidence}</figcaption>
        <blockquote class="quote" lang={source.lang}>
          {source.eventsDateEvidence.quote}
        </blockquote>
      </figure>
    </header>
  );
}

function CopyRelation({ s, source, seedHref }: Omit<SeedHeaderProps, 'lang'>) {
  if (!source.copies && source.copiedBy.length === 0) return <>{s.reader.noCopy}</>;
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
        <span class="copy-relation">{withLinks(s.reader.copies, 'seed', [source.copies])}</span>
      )}
      {source.copies && source.copiedBy.length > 0 && '; '}
      {source.copiedBy.length > 0 && (
        <span class="copy-relation">{withLinks(s.reader.copiedBy, 'seeds', source.copiedBy)}</span>
      )}
    </>
  );
}
