import { useEffect, useMemo, useState } from 'preact/hooks';
import { SPOT_KINDS, type SpotKind } from '../../contracts/messages';
import {
  DWELL_RANGE,
  siteOrigin,
  withCapturePaused,
  withCaptureSite,
  withMuted,
  type HighlightStyle,
  type PassageStyle,
  type Settings,
} from '../../contracts/settings';
import { askBackground } from '../../platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store';
import { latestOnly } from '../../platform/latest';

const KIND_LABELS: Record<SpotKind, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  topic: 'Topics (key phrases)',
  quote: 'Quotes',
  passage: 'Reused passages',
};
const STYLES: { id: HighlightStyle; label: string }[] = [
  { id: 'background', label: 'Background colour' },
  { id: 'underline', label: 'Underline' },
  { id: 'off', label: 'None (hover still works)' },
];

const PASSAGE_STYLES: { id: PassageStyle; label: string }[] = [
  { id: 'mark', label: 'A dotted underline, shaded while its card is open' },
  { id: 'wash', label: 'Shaded in full' },
];

type Save = (next: Settings) => void;
interface SectionProps {
  settings: Settings;
  save: Save;
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings)
    return (
      <main class="options">
        <p class="muted">Loading settings…</p>
      </main>
    );
  const save = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  return (
    <main class="options">
      <h1>Sourcelight settings</h1>
      <p class="muted">
        Changes apply at once to every open tab. Your saved articles are in{' '}
        <a href="/library.html" target="_blank" rel="noopener" data-testid="library-link">
          your library
        </a>
        .
      </p>
      <GeneralSection settings={settings} save={save} />
      <KindsSection settings={settings} save={save} />
      <StyleSection settings={settings} save={save} />
      <DwellSection settings={settings} save={save} />
      <SitesSection settings={settings} save={save} />
      <CaptureSection settings={settings} save={save} />
      <MutedSection settings={settings} save={save} />
    </main>
  );
}

function GeneralSection({ settings, save }: SectionProps) {
  return (
    <section aria-labelledby="s-general">
      <h2 id="s-general">General</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={() => save({ ...settings, enabled: !settings.enabled })}
          data-testid="global-switch"
        />
        <span>Highlight on every site (unless a site below says otherwise)</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.everyName}
          onChange={() => save({ ...settings, everyName: !settings.everyName })}
          data-testid="every-name"
        />
        <span>Highlight common places and organisations (US, China, Washington) on pages that belong to no story</span>
      </label>
    </section>
  );
}

function KindsSection({ settings, save }: SectionProps) {
  return (
    <section aria-labelledby="s-kinds">
      <h2 id="s-kinds">What to highlight</h2>
      {SPOT_KINDS.map((kind) => (
        <label class="check" key={kind}>
          <input
            type="checkbox"
            checked={settings.kinds[kind]}
            data-testid={`kind-${kind}`}
            onChange={() => save({ ...settings, kinds: { ...settings.kinds, [kind]: !settings.kinds[kind] } })}
          />
          {KIND_LABELS[kind]}
        </label>
      ))}
    </section>
  );
}

/** One radio button per choice, `name` naming the group and each button's test id. */
function RadioChoices<T extends string>(props: { name: string; choices: { id: T; label: string }[]; value: T; onChoose(id: T): void }) {
  return (
    <>
      {props.choices.map((c) => (
        <label class="check" key={c.id}>
          <input type="radio" name={props.name} checked={props.value === c.id} onChange={() => props.onChoose(c.id)} data-testid={`${props.name}-${c.id}`} />
          {c.label}
        </label>
      ))}
    </>
  );
}

function StyleSection({ settings, save }: SectionProps) {
  return (
    <section aria-labelledby="s-style">
      <h2 id="s-style">Highlight style</h2>
      <RadioChoices name="style" choices={STYLES} value={settings.style} onChoose={(style) => save({ ...settings, style })} />
      <h3 id="s-passages">Reused passages (sentences other sources also printed)</h3>
      <RadioChoices
        name="passage-style"
        choices={PASSAGE_STYLES}
        value={settings.passageStyle}
        onChoose={(passageStyle) => save({ ...settings, passageStyle })}
      />
    </section>
  );
}

function DwellSection({ settings, save }: SectionProps) {
  return (
    <section aria-labelledby="s-dwell">
      <h2 id="s-dwell">Card delay</h2>
      <label class="check">
        <input
          type="number"
          min={DWELL_RANGE.min}
          max={DWELL_RANGE.max}
          step={50}
          value={settings.dwellMs}
          data-testid="dwell"
          onChange={(e) => save({ ...settings, dwellMs: Number((e.target as HTMLInputElement).value) })}
        />
        milliseconds of hover before a card opens
      </label>
    </section>
  );
}

/** "https://Example.com/a" → "example.com"; undefined for what is no host name. */
function hostOf(typed: string): string | undefined {
  const host = typed
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .split('/')[0];
  return /^[a-z0-9.-]+(:\d+)?$/.test(host) ? host : undefined;
}

function SitesSection({ settings, save }: SectionProps) {
  const [newSite, setNewSite] = useState('');
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const remove = (host: string) => {
    const { [host]: _, ...rest } = settings.sites;
    save({ ...settings, sites: rest });
  };
  return (
    <section aria-labelledby="s-sites">
      <h2 id="s-sites">Sites</h2>
      {sites.length === 0 ? (
        <p class="muted">No site has its own rule.</p>
      ) : (
        <ul class="plain">
          {sites.map(([host, rule]) => (
            <li key={host}>
              <span>
                {host}: <strong>{rule === 'on' ? 'always on' : 'off'}</strong>
              </span>
              <button type="button" onClick={() => remove(host)} aria-label={`Remove the rule for ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          const host = hostOf(newSite);
          if (!host) return;
          save({ ...settings, sites: { ...settings.sites, [host]: settings.enabled ? 'off' : 'on' } });
          setNewSite('');
        }}
      >
        <label>
          {settings.enabled ? 'Turn off on' : 'Turn on for'}{' '}
          <input type="text" value={newSite} placeholder="example.com" onInput={(e) => setNewSite((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">Add</button>
      </form>
    </section>
  );
}

/** The sites whose articles are remembered as the reader reads them, and the switch that pauses it all. */
function CaptureSection({ settings, save }: SectionProps) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const sites = [...settings.capture.sites].sort();
  return (
    <section aria-labelledby="s-capture">
      <h2 id="s-capture">Remember what you read</h2>
      <p class="muted">
        On the sites you choose, every article you open is added to your library as you read it, on this computer only. Pages that are not articles are left
        alone.
      </p>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.capture.paused}
          onChange={(e) => save(withCapturePaused(settings, e.currentTarget.checked))}
          data-testid="capture-paused"
        />
        <span>Pause remembering on every site</span>
      </label>
      {sites.length === 0 ? (
        <p class="muted">No site is chosen.</p>
      ) : (
        <ul class="plain" aria-label="Sites whose articles are remembered" data-testid="capture-sites">
          {sites.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" onClick={() => save(withCaptureSite(settings, origin, false))} aria-label={`Stop remembering articles on ${origin}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          const origin = siteOrigin(typed);
          if (!origin) return setProblem(`“${typed.trim()}” is not a web site's address (for example https://example.org).`);
          setProblem(undefined);
          save(withCaptureSite(settings, origin, true));
          setTyped('');
        }}
      >
        <label>
          Remember articles on{' '}
          <input
            type="text"
            name="capture-site"
            value={typed}
            placeholder="https://example.org"
            aria-invalid={problem !== undefined}
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">Add</button>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}

function MutedSection({ settings, save }: SectionProps) {
  const [labels, setLabels] = useState<Record<string, string>>({});
  const latestLabels = useMemo(latestOnly, []);
  useEffect(() => {
    if (!settings.muted.length) return;
    void latestLabels(askBackground('labels', { ids: settings.muted })).then((l) => setLabels(l ?? {}));
  }, [settings.muted.join('\n')]);
  return (
    <section aria-labelledby="s-muted">
      <h2 id="s-muted">Muted terms</h2>
      {settings.muted.length === 0 ? (
        <p class="muted">No muted terms. “Don't highlight this term” in a card adds one here.</p>
      ) : (
        <ul class="plain">
          {settings.muted.map((id) => (
            <li key={id}>
              <span>{labels[id] ?? id}</span>
              <button type="button" onClick={() => save(withMuted(settings, id, false))} aria-label={`Unmute ${labels[id] ?? id}`}>
                Unmute
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
