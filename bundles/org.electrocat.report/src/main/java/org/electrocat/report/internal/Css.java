package org.electrocat.report.internal;

/**
 * The report's stylesheet, inlined into the page so that report.html needs no other file. Kept free
 * of {@code <} and {@code &} so the page stays well-formed XML as well as HTML.
 */
final class Css {

    private Css() {
    }

    static final String STYLE = """
            :root { --ink: #222; --muted: #666; --line: #d9d9d9; --soft: #f5f6f8; --accent: #0072B2; \
            --warn: #D55E00; --warn-bg: #fff4e5; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff; \
            font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 1080px; margin: 0 auto; padding: 24px 32px 64px; }
            h1 { font-size: 28px; margin: 8px 0 4px; }
            h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
            h3 { font-size: 17px; margin: 24px 0 8px; }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            .meta, .muted { color: var(--muted); font-size: 13px; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
            p.caption { font-weight: 600; margin: 16px 0 0; }
            table.summary tr.first td { border-top: 1px solid #bbb; }
            th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
            thead th { background: var(--soft); border-bottom: 2px solid var(--line); font-weight: 600; }
            table.kv th { font-weight: 600; background: none; white-space: nowrap; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; word-break: break-all; }
            .scroll { overflow-x: auto; }
            .alerts { background: var(--warn-bg); border-left: 5px solid var(--warn); padding: 8px 16px; margin: 20px 0; }
            .alerts h2 { border: none; margin: 4px 0; font-size: 18px; color: var(--warn); }
            .warning { background: var(--warn-bg); border-left: 5px solid var(--warn); padding: 8px 12px; margin: 10px 0; }
            .warning strong, .flag { color: var(--warn); }
            nav.toc { background: var(--soft); padding: 8px 20px; margin: 20px 0; }
            nav.toc h2 { border: none; margin: 8px 0; font-size: 18px; }
            nav.toc ol { margin: 4px 0; }
            section.result { margin-top: 24px; }
            figure { margin: 16px 0; border: 1px solid var(--line); padding: 8px; page-break-inside: avoid; }
            figure svg { width: 100%; max-width: 760px; height: auto; display: block; margin: 0 auto; }
            figure { max-width: 800px; }
            figcaption { font-size: 14px; color: var(--muted); padding: 6px 4px 0; }
            footer { margin-top: 48px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
            @media print { main { max-width: none; padding: 0; } nav.toc { display: none; } \
            h2 { page-break-after: avoid; } table, figure { page-break-inside: avoid; } }
            """;
}
