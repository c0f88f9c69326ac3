import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Client, Entry } from '../../shared/domain/types';
import { toMarkdown, toMarkdownPerClient } from '../../shared/export/markdown';
import { escapeMarkdownBlock, escapeMarkdownInline } from '../../shared/export/markdownEscape';
import { selectEntries } from '../../shared/export/select';
import { clients, entries, exportInput, october } from '../fixtures/export/journal';

// A real YAML parser checks the front matter (js-yaml, already installed with the packaging tools).
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('No front matter');
  return loadYaml(match[1]) as Record<string, unknown>;
}

const octoberEntries = selectEntries(entries, { ...october, languages: 'both' });

describe('Markdown front matter', () => {
  it('is YAML that note apps read: title, period, clients as a list, languages, generated day, tags', () => {
    const fm = frontMatterOf(toMarkdown(exportInput({ entries: octoberEntries })));
    expect(fm.title).toBe('Journal Humeur — du 1 oct. 2024 au 31 oct. 2024');
    expect(fm.period_start).toEqual(new Date(Date.UTC(2024, 9, 1)));
    expect(fm.period_end).toEqual(new Date(Date.UTC(2024, 9, 31)));
    expect(fm.clients).toEqual(['Acme: "Pro" #1', 'Béa Studio — Éditions', 'Zénith, conseil']);
    expect(fm.language).toEqual(['fr', 'en']);
    expect(fm.generated).toEqual(new Date(Date.UTC(2024, 10, 2)));
    expect(fm.tags).toEqual(['humeur']);
  });

  it('survives client names and titles built to break YAML', () => {
    const nasty = ['---', 'a: b', '- item', '"quoted"', "it's", '# not a comment', 'line\nbreak', '\u2028sep', '[x, y]', '{k: v}', '&anchor', '*alias', '!tag', '| block', '> folded', '@at', '`tick`', 'tab\there', 'end\\'];
    const many: Client[] = nasty.map((name, i) => ({ ...clients[0], id: `n${i}`, name }));
    const entry: Entry = { ...entries[0], clients: many.map((c) => ({ clientId: c.id, felt: null, signals: [] })) };
    const markdown = toMarkdown(exportInput({ entries: [entry], clients: many, title: 'Bilan: "automne" #2\n---' }), { tags: ['humeur', 'clients/suivi'] });
    const fm = frontMatterOf(markdown);
    expect(fm.title).toBe('Bilan: "automne" #2\n---');
    expect([...(fm.clients as string[])].sort()).toEqual([...nasty].sort());
    expect(fm.tags).toEqual(['humeur', 'clients/suivi']);
    // The body still starts right after the block: the title did not end the front matter early.
    expect(markdown.split('\n---\n')[1].startsWith('\n# Bilan: "automne" \\#2 ---\n')).toBe(true);
  });

  it('leaves the period out when there is none and no entry, and names "all entries"', () => {
    const markdown = toMarkdown(exportInput({ entries: [], period: null }));
    const fm = frontMatterOf(markdown);
    expect(fm).not.toHaveProperty('period_start');
    expect(fm.clients).toEqual([]);
    expect(markdown).toContain('\n# Journal Humeur\n');
    expect(markdown).toContain('Toutes les entrées · 0 entrée · Généré le 2 nov. 2024');
    expect(markdown).toContain('Aucune entrée pour cette sélection.');
  });

  it('without a chosen period, dates the document by the span of its entries', () => {
    const fm = frontMatterOf(toMarkdown(exportInput({ entries: octoberEntries, period: null })));
    expect(fm.period_start).toEqual(new Date(Date.UTC(2024, 9, 1)));
    expect(fm.period_end).toEqual(new Date(Date.UTC(2024, 9, 6)));
  });
});

describe('Markdown body', () => {
  it('groups entries under one heading per day in the UI language, earliest first', () => {
    const markdown = toMarkdown(exportInput({ entries: [...octoberEntries].reverse(), lang: 'en' }));
    const days = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(days).toEqual(['## Tuesday, October 1, 2024', '## Thursday, October 3, 2024', '## Saturday, October 5, 2024', '## Sunday, October 6, 2024']);
    expect(markdown.indexOf('### 12:10 — Note')).toBeLessThan(markdown.indexOf('### 21:35 — End-of-day review'));
  });

  it('shows signed felt scores, hours in the UI language and signal labels in the UI language', () => {
    const fr = toMarkdown(exportInput({ entries: octoberEntries }));
    expect(fr).toContain('- **Béa Studio — Éditions** — ressenti −2 · 3 h · signaux\u202f: Dépassement de périmètre');
    expect(fr).toContain('ressenti −1 · 1,25 h');
    const en = toMarkdown(exportInput({ entries: octoberEntries, lang: 'en' }));
    expect(en).toContain('- **Acme: "Pro" \\#1** — felt +1 · 2.5 h · signals: Respected, Urgent deadline');
    // A signal named only in French keeps its French label in an English document.
    expect(en).toContain('signals: Unpaid work, Réunion de trop');
  });

  it('labels the two languages when both are exported, and leaves out a language with no text', () => {
    const both = toMarkdown(exportInput({ entries: octoberEntries }));
    expect(both.match(/^#### Français$/gm)).toHaveLength(3);
    expect(both.match(/^#### English$/gm)).toHaveLength(4);
    const frOnly = toMarkdown(exportInput({ entries: selectEntries(entries, { ...october, languages: 'fr' }), textLanguages: 'fr' }));
    expect(frOnly).not.toMatch(/^#### /m);
    expect(frOnly).not.toContain('Weekend off');
    // The rated entry without French text keeps its numbers.
    expect(frOnly.endsWith('### 22:00 — Bilan de la journée\n\n- Humeur\u202f: 5/5\n- Énergie\u202f: 5/5\n')).toBe(true);
  });

  it('never lets user text add a heading, list, quote, break, table, code or HTML', () => {
    const hostile = [
      '# titre',
      '## sous-titre',
      '---',
      '***',
      '___',
      '===',
      '- puce',
      '+ puce',
      '* puce',
      '1. un',
      '12) douze',
      '> citation',
      '| a | b |',
      '|---|---|',
      '```js',
      '~~~',
      '<div onclick="x">',
      '<!-- commentaire -->',
      '    code indenté',
      '\tcode tabulé',
      '[^1]: note',
      '[lien]: http://x.fr',
      '$$ maths $$',
      '%% commentaire %%',
      '==surligné==',
    ].join('\n');
    const entry: Entry = { ...entries[0], id: 'h', clients: [], signals: [], text: { fr: hostile, en: '' } };
    const markdown = toMarkdown(exportInput({ entries: [entry], textLanguages: 'fr' }));
    const body = markdown.split('\n\n').at(-1)!.trimEnd();
    const lines = body.split('\n');
    expect(lines).toHaveLength(25);
    for (const line of lines) {
      // Every line starts with an escape, a letter, a no-break space or an escaped "12\)", never a marker.
      expect(line, line).toMatch(/^(\\|\u00a0|\p{L}|\d+\\[.)])/u);
      expect(line, line).not.toMatch(/(^|[^\\])[<`|*_[\]$~]/);
    }
    const headings = markdown.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual(['# Journal Humeur — du 1 oct. 2024 au 31 oct. 2024', '## Mardi 1 octobre 2024', '### 21:35 — Bilan de la journée']);
  });
});

describe('escaping helpers', () => {
  it('escapes Markdown at the start of lines and inline, keeping the text readable', () => {
    expect(escapeMarkdownBlock('# pas un titre')).toBe('\\# pas un titre');
    expect(escapeMarkdownBlock('---')).toBe('\\---');
    expect(escapeMarkdownBlock('1. point')).toBe('1\\. point');
    expect(escapeMarkdownBlock('2024. Une année')).toBe('2024\\. Une année');
    expect(escapeMarkdownBlock('<b>gras</b> & &amp;')).toBe('\\<b>gras\\</b> & \\&amp;');
    expect(escapeMarkdownBlock('C’est 50 % fait, pas 100 %%')).toBe('C’est 50 % fait, pas 100 \\%\\%');
    expect(escapeMarkdownBlock('a < b, c > d, x - y, #tag')).toBe('a \\< b, c > d, x - y, #tag');
  });

  it('keeps line breaks as hard breaks, blank lines as paragraphs, indentation as no-break spaces', () => {
    expect(escapeMarkdownBlock('un\r\ndeux\n\n\n\ntrois  \n')).toBe('un\\\ndeux\n\ntrois');
    expect(escapeMarkdownBlock('  deux espaces')).toBe('\u00a0\u00a0deux espaces');
    expect(escapeMarkdownBlock('\n \n')).toBe('');
    expect(escapeMarkdownBlock('fin\\')).toBe('fin\\\\');
  });

  it('puts short names on one line and escapes # so they are not tags', () => {
    expect(escapeMarkdownInline('Acme: "Pro" #1')).toBe('Acme: "Pro" \\#1');
    expect(escapeMarkdownInline('  Studio\n**Nord**  ')).toBe('Studio \\*\\*Nord\\*\\*');
    expect(escapeMarkdownInline('- Tiret')).toBe('\\- Tiret');
  });
});

describe('Markdown per client', () => {
  it('writes one file per client, named safely, holding only that client’s entries', () => {
    const files = toMarkdownPerClient(exportInput({ entries: octoberEntries }));
    expect(files.map((f) => f.fileName)).toEqual([
      'humeur-acme-pro-1-2024-10.md',
      'humeur-bea-studio-editions-2024-10.md',
      'humeur-zenith-conseil-2024-10.md',
    ]);
    const bea = files[1];
    expect(bea.clientId).toBe('c-bea');
    expect(frontMatterOf(bea.content).clients).toEqual(['Béa Studio — Éditions']);
    expect(frontMatterOf(bea.content).title).toBe('Journal Humeur — Béa Studio — Éditions — du 1 oct. 2024 au 31 oct. 2024');
    expect(bea.content.match(/^### /gm)).toHaveLength(2);
    expect(bea.content).not.toContain('Zénith');
  });

  it('numbers files whose names would collide, and names a client without Latin letters', () => {
    const twins: Client[] = [
      { ...clients[0], id: 'a', name: 'Acmé' },
      { ...clients[0], id: 'b', name: 'ACME' },
      { ...clients[0], id: 'c', name: '東京' },
    ];
    const entry: Entry = { ...entries[0], clients: twins.map((c) => ({ clientId: c.id, felt: 1, signals: [] })), signals: [] };
    const files = toMarkdownPerClient(exportInput({ entries: [entry], clients: twins, period: { from: '2024-10-01', to: '2024-10-15' } }));
    expect(files.map((f) => f.fileName).sort()).toEqual([
      'humeur-acme-2024-10-01_2024-10-15-2.md',
      'humeur-acme-2024-10-01_2024-10-15.md',
      'humeur-client-2024-10-01_2024-10-15.md',
    ]);
  });
});
