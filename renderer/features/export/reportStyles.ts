/**
 * The report's stylesheet: light colours whatever the app's theme, print-safe fonts, a page size,
 * page breaks before each section, entries kept whole on a page where they fit, and a running
 * footer (title, page number) drawn in the page margin boxes Chromium supports since version 131.
 */
export type PageSize = 'A4' | 'Letter';

/**
 * Characters a CSS string cannot hold as they are: quotes and the backslash, every control
 * character (U+000C form feed and U+000D end a CSS string just as U+000A does), the line and
 * paragraph separators, and "<", ">" and "&" so that "</style>" or markup can never appear in the sheet.
 */
const CSS_STRING_UNSAFE = /[\u0000-\u001f\u007f-\u009f"'\\<>&\u2028\u2029]/g;

/**
 * Text for a CSS string, e.g. a report title: "Acme\f</style>" → "Acme\C \3C /style\3E ". Quotes and
 * the backslash get their short escape, everything else in CSS_STRING_UNSAFE a hex escape with the
 * space that ends it; NUL, which CSS turns into U+FFFD anyway, becomes U+FFFD.
 */
export function cssString(text: string): string {
  const escaped = text.replace(CSS_STRING_UNSAFE, (char) => {
    if (char === '"' || char === '\\') return `\\${char}`;
    const code = char === '\u0000' ? 0xfffd : char.charCodeAt(0);
    return `\\${code.toString(16).toUpperCase()} `;
  });
  return `"${escaped}"`;
}

export function reportStyles(pageSize: PageSize, title: string): string {
  return `
@page { size: ${pageSize === 'A4' ? 'A4' : 'letter'}; margin: 18mm 18mm 20mm;
  @bottom-left { content: ${cssString(title)}; font: 8pt ${FONT}; color: #8a847b; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt ${FONT}; color: #8a847b; }
}
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
* { box-sizing: border-box; }
html { color: #1f1d1a; background: #fff; font: 10.5pt/1.5 ${FONT}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; break-after: avoid; }
p { margin: 0; }
ul { margin: 0; padding: 0; list-style: none; }

.title-page { min-height: 225mm; display: flex; flex-direction: column; justify-content: center; gap: 7mm; break-after: page; }
.brand { font-size: 10pt; font-weight: 700; letter-spacing: 0.14em; text-transform: uppercase; color: #0e7490; }
.brand::before { content: ""; display: inline-block; width: 9pt; height: 9pt; border-radius: 50%; background: #0e7490; margin-right: 6pt; vertical-align: -1pt; }
h1 { font-size: 25pt; font-weight: 700; max-width: 150mm; }
.volume { font-size: 13pt; color: #615c55; }
.facts { font-size: 11.5pt; display: grid; grid-template-columns: max-content 1fr; gap: 2.5mm 8mm; margin: 4mm 0 0; padding: 5mm 0; border-top: 1px solid #e7e3dc; border-bottom: 1px solid #e7e3dc; }
.fact { display: contents; }
.fact dt { font-weight: 600; color: #615c55; }
.fact dd { margin: 0; }
.generated { color: #8a847b; font-size: 9.5pt; }

h2 { font-size: 17pt; font-weight: 700; padding-bottom: 2mm; margin-bottom: 4mm; border-bottom: 2px solid #1f1d1a; }
h3 { font-size: 12pt; font-weight: 700; margin: 4.5mm 0 2mm; }
.insights, .entries { break-before: page; }
h2 + h3 { margin-top: 0; }
.summary li, .readings li { position: relative; padding-left: 5mm; margin-bottom: 0.8mm; }
.summary li::before, .readings li::before { content: ""; position: absolute; left: 0; top: 0.6em; width: 2mm; height: 2mm; border-radius: 50%; background: #0e7490; }
.readings li::before { background: #7c3aed; }
.muted { color: #615c55; }
.chart { margin: 2mm 0 3mm; break-inside: avoid; }
.chart figcaption { font-weight: 600; font-size: 10pt; margin-bottom: 2mm; color: #3b3833; }
.chart svg { display: block; overflow: visible; }
.chart .recharts-tooltip-wrapper { display: none; }
.how-we-know { break-inside: avoid; margin: 0 0 2.5mm; }
.how-we-know h4 { font-size: 10pt; font-weight: 650; margin-bottom: 1mm; }
.how-we-know li { font-size: 9.5pt; color: #3b3833; margin: 0 0 0.6mm 4mm; list-style: disc; }

.day { margin-bottom: 3mm; }
.day h3 { color: #0e7490; padding-top: 2mm; border-top: 1px solid #e7e3dc; }
.day:first-of-type h3 { border-top: none; padding-top: 0; margin-top: 0; }
.entry { break-inside: avoid; margin: 0 0 4mm; padding: 0 0 0 4mm; border-left: 2.5px solid #e7e3dc; }
.entry-review { border-left-color: #8a847b; }
.entry h4 { font-size: 10.5pt; font-weight: 650; margin-bottom: 1mm; }
.entry-facts { color: #3b3833; margin-bottom: 1mm; }
.clients li { margin-bottom: 0.6mm; }
.details { color: #3b3833; }
.swatch { display: inline-block; width: 7.5pt; height: 7.5pt; border-radius: 50%; background: #8a847b; margin-right: 5pt; vertical-align: 0; }
.text { margin-top: 2mm; }
.text-label { font-size: 8.5pt; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #8a847b; margin-bottom: 0.5mm; }
.prose { white-space: pre-wrap; overflow-wrap: anywhere; hyphens: auto; }
.empty { font-size: 12pt; color: #615c55; }
`;
}

/** Fonts found on Windows, macOS and Linux alike; no web font is loaded. */
const FONT = `"Inter", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif`;
