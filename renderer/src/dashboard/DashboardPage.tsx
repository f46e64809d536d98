// The findings dashboard: the event's grades in numbers and charts, filtered by agency and by
// groups of children, compared with an earlier event on the same framework, with small numbers
// suppressed by default. Rows and cells open the list of cases behind them.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api/client';
import type { DisclosedSummary } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { NotReady } from '../components/NotReady';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { AgencyTable } from './AgencyTable';
import { AgreementTable } from './AgreementTable';
import { ThemeTallyTable } from '../themes/ThemeTallyTable';
import { AttributeTables, ModeratedTable, OverallTable } from './Breakdowns';
import { CriteriaTable } from './CriteriaTable';
import { DrillDown, type Drill } from './DrillDown';
import { FigureCard } from './FigureCard';
import { fewerThan } from './format';
import { FilterPanel, type Option } from './FilterPanel';
import { hasFilters, noFilters, toQuery, type FilterState } from './query';
import './dashboard.css';

async function loadBase(eventId: number) {
  const [event, events, base] = await Promise.all([call('events.get', { id: eventId }), call('events.list', {}), call('analysis.summary', { eventId })]);
  return { event, events, base };
}

function optionsOf(base: DisclosedSummary, attribute: string): Option[] {
  return base.byAttribute.find((a) => a.attribute === attribute)?.groups.map((g) => ({ value: g.group, label: g.label })) ?? [];
}

export function DashboardPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => loadBase(eventId), [eventId]);
  if (loaded.state !== 'ready')
    return <NotReady title="Findings dashboard" loading="Loading the findings" loaded={loaded} back={{ href: href.event(eventId), label: 'Back to the event' }} />;
  return <Dashboard eventId={eventId} {...loaded.value} />;
}

function Dashboard({ eventId, event, events, base }: Awaited<ReturnType<typeof loadBase>> & { eventId: number }) {
  const [filters, setFilters] = useState<FilterState>(noFilters);
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const [suppress, setSuppress] = useState(true);
  const [drill, setDrill] = useState<(Drill & { from: 'criteria' | 'agency' }) | null>(null);
  const query = useMemo(() => toQuery(eventId, filters, compareWith, suppress), [eventId, filters, compareWith, suppress]);
  const [loaded] = useLoad(() => call('analysis.summary', query), [query]);
  // Keep the last figures on screen while new ones load, so the page does not jump.
  const [summary, setSummary] = useState<DisclosedSummary>(base);
  useEffect(() => {
    if (loaded.state === 'ready') setSummary(loaded.value);
  }, [loaded]);

  const compareOptions = events.filter((e) => e.id !== eventId && e.frameworkKey === event.frameworkKey);
  const filePrefix = event.name;
  const title = (key: string) => summary.criteria.find((c) => c.key === key)?.title ?? key;
  const agencyName = (id: number) => event.agencies.find((a) => a.id === id)?.name ?? 'the agency';

  const drillPanel = (from: 'criteria' | 'agency') =>
    drill?.from === from && <DrillDown eventId={eventId} drill={drill} filters={filters} onClose={() => setDrill(null)} />;

  const s = summary.sample;
  const keyNumbers: [string, number][] = [
    ['Cases in the sample', s.cases],
    ['Cases audited', s.casesAudited],
    ['Audits', s.audits],
    ['Grades', s.grades],
    ['Agencies', s.agencies],
  ];

  return (
    <>
      <ClassificationMarking marking={event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to {event.name}</a>
      </p>
      <PageTitle text={`Findings dashboard – ${event.name}`}>Findings dashboard</PageTitle>
      <p className="subtitle">
        {event.name} · {event.frameworkName}
      </p>
      <nav className="fd-links" aria-label="Scrutiny event">
        <a className="button" href={href.present(eventId)}>
          Presentation
        </a>
        <a className="button" href={href.actions(eventId)}>
          Action plan
        </a>
        <a className="button" href={href.findings(eventId)}>
          Findings
        </a>
      </nav>

      <FilterPanel
        filters={filters}
        onFilters={(next) => {
          setFilters(next);
          setDrill(null);
        }}
        agencies={event.agencies}
        ageStages={optionsOf(base, 'ageStage')}
        levelsOfNeed={optionsOf(base, 'levelOfNeed')}
        neglectTypes={optionsOf(base, 'neglectType')}
        compareOptions={compareOptions}
        compareWith={compareWith}
        onCompare={setCompareWith}
        suppress={suppress}
        onSuppress={setSuppress}
        threshold={base.smallNumberThreshold}
      />
      <p className="fd-showing" role="status">
        {loaded.state === 'loading'
          ? 'Updating the figures…'
          : `${hasFilters(filters) ? 'Filtered' : 'All cases'}: ${s.cases === 1 ? '1 case' : `${s.cases} cases`}${summary.comparison ? `, compared with ${summary.comparison.previous.name}` : ''}.`}
      </p>
      {loaded.state === 'error' && <ErrorBanner title="The figures could not be worked out" error={loaded.error} />}

      <Section id="key-numbers" title="Key numbers">
        <dl className="counts fd-counts">
          {keyNumbers.map(([label, n]) => (
            <div key={label} className="count">
              <dt>{label}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="charts" title="Charts">
        <div className="fd-figures">
          <FigureCard query={query} kind="good-or-better" filePrefix={filePrefix} />
          <FigureCard query={query} kind="distribution" filePrefix={filePrefix} />
          {compareWith !== null && <FigureCard query={query} kind="comparison" filePrefix={filePrefix} />}
        </div>
        <p className="fd-note">
          Charts show every grade counted with these filters{summary.suppressSmallNumbers ? `, except criteria whose figures come from fewer than ${summary.smallNumberThreshold} cases` : ''}.
        </p>
      </Section>

      <Section id="criteria" title="Grades by criterion">
        <CriteriaTable
          summary={summary}
          onShowCases={(key) => setDrill({ from: 'criteria', criterionKey: key, agencyId: null, heading: `Cases for ${title(key)}` })}
        />
        {drillPanel('criteria')}
      </Section>

      <Section id="moderated" title="Single-agency and moderated grades">
        <p className="hint">% good or better from each agency’s own grades, beside the grades agreed in moderation.</p>
        <ModeratedTable summary={summary} />
      </Section>

      <Section id="agencies" title="By agency">
        <p className="hint">% good or better and the number of grades, by criterion and agency. Choose a cell to list its cases.</p>
        <AgencyTable
          summary={summary}
          onShowCases={(agencyId, key) =>
            setDrill({ from: 'agency', criterionKey: key, agencyId, heading: `Cases audited by ${agencyName(agencyId)}${key ? ` for ${title(key)}` : ''}` })
          }
        />
        {drillPanel('agency')}
      </Section>

      <Section id="groups" title="By group of children">
        <AttributeTables summary={summary} />
      </Section>

      <Section id="overall" title="Overall judgements">
        <OverallTable summary={summary} />
      </Section>

      <Section id="agreement" title="Agreement between auditors">
        <AgreementTable summary={summary} />
      </Section>

      <ThemeTallyTable eventId={eventId} suppress={suppress} withheld={fewerThan(summary.smallNumberThreshold)} />
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fd-section" aria-labelledby={`fd-${id}`}>
      <h2 id={`fd-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
