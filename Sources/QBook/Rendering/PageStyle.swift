/// The pages' stylesheet: inlined into a standalone page (`qbook run --html`), written to
/// `assets/qbook.css` for the course site. Plain and readable.
enum PageStyle {
    static let css = """
    :root { color-scheme: light dark; }
    body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; background: #fdfdfc; }
    nav { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 0; font-size: 0.9rem; }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; padding-bottom: 2rem; }
    nav.pager .next { margin-left: auto; }
    p.prerequisites { font-size: 0.9rem; color: #555; }
    .math-error { color: #b00020; background: #fde7ea; }
    .heading-label { color: #2456a6; }
    figure.captioned .qb-chart-title { display: none; }
    figure.captioned figcaption { text-align: center; font-size: 0.9rem; font-weight: 600; margin-top: 0.25rem; }
    .exercise-check { margin: 0.5rem 0 1.25rem; font-size: 0.95rem; }
    .exercise-check p.check-command { margin: 0.25rem 0; color: #555; }
    .exercise-check code { white-space: nowrap; }
    details.hint { margin: 0.35rem 0 0 0.25rem; padding-left: 0.75rem; border-left: 2px solid #d9a400; }
    details.hint > summary { cursor: pointer; color: #7a5d00; }
    details.hint > p { margin: 0.3rem 0; }
    /* At its own size, centred on the text column, and as wide as code cells may be. */
    svg.prerequisite-map { display: block; max-width: min(62rem, calc(100vw - 2.5rem)); height: auto; margin: 0.5rem 0 1.5rem;
                           position: relative; left: 50%; transform: translateX(-50%); }
    svg.prerequisite-map rect { fill: #eef2f8; stroke: #2456a6; }
    svg.prerequisite-map a text { fill: #1d2330; }
    svg.prerequisite-map path { stroke: #6b7280; fill: none; }
    svg.prerequisite-map marker path { fill: #6b7280; stroke: none; }
    form.search input { font: inherit; padding: 0.3rem 0.5rem; width: 60%; }
    .search-results p.snippet { margin: 0.2rem 0 0.8rem; font-size: 0.85rem; color: #555; }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    h1, h2, h3 { line-height: 1.25; }
    a { color: #2456a6; }
    code, pre { font: 0.88rem/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
    pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 6px; background: #f3f4f6; }
    .cell { margin: 1.25rem 0; }
    /* Code and what it prints may be wider than the prose: up to about 100 columns on a wide
       screen, centred on the text column; on a narrow screen, the column itself. */
    .cell, main > pre { width: min(62rem, calc(100vw - 2.5rem)); margin-left: calc(50% - min(31rem, 50vw - 1.25rem)); box-sizing: border-box; }
    .nobreak { white-space: nowrap; }
    .cell pre.source { background: #eef2f8; border-left: 3px solid #2456a6; margin-bottom: 0; }
    .outputs { border-left: 3px solid #c9ced8; }
    .outputs pre, .outputs figure, .outputs table { margin: 0; border-radius: 0; background: #fafafa; }
    .outputs pre.error { color: #9b1c1c; background: #fdf2f2; }
    .build-failed { color: #9b1c1c; background: #fdf2f2; border-left: 4px solid #9b1c1c; padding: .5em .8em; }
    .outputs table { border-collapse: collapse; margin: 0.5rem 1rem; }
    .outputs th, .outputs td { padding: 0.2rem 0.8rem; border-bottom: 1px solid #e2e5ea; text-align: right; }
    .outputs figure { padding: 0.5rem 1rem; }
    .outputs svg { max-width: 100%; height: auto; }
    .outputs figure.captioned > svg { display: block; margin: 0 auto; }
    .math.display { display: block; overflow-x: auto; text-align: center; margin: 1rem 0; }
    details { margin: 1rem 0; padding: 0.5rem 1rem; border: 1px solid #e2e5ea; border-radius: 6px; }
    summary { cursor: pointer; font-weight: 600; }
    .tok-keyword { color: #9b2393; font-weight: 600; }
    .tok-type { color: #0b4f79; }
    .tok-string { color: #b5280f; }
    .tok-number { color: #1c00cf; }
    .tok-comment { color: #5d6c79; font-style: italic; }
    .tok-attribute, .tok-label { color: #6c36a9; }
    @media (prefers-color-scheme: dark) {
      body { color: #e3e5e8; background: #17191d; }
      a { color: #8ab4f8; }
      pre { background: #23262c; }
      .cell pre.source { background: #1f2530; border-left-color: #8ab4f8; }
      .outputs { border-left-color: #3a3f48; }
      .outputs pre, .outputs figure, .outputs table { background: #1d2026; }
      .outputs pre.error { color: #ffb4ab; background: #3b1d1d; }
      .build-failed { color: #ffb4ab; background: #3b1d1d; border-left-color: #ffb4ab; }
      .outputs th, .outputs td { border-bottom-color: #3a3f48; }
      details { border-color: #3a3f48; }
      p.prerequisites { color: #a8adb5; }
      .math-error { color: #ffb4ab; background: #3b1d1d; }
      .heading-label { color: #8ab4f8; }
      .exercise-check p.check-command { color: #a8adb5; }
      details.hint { border-left-color: #d9a400; }
      details.hint > summary { color: #f2c94c; }
      svg.prerequisite-map rect { fill: #1f2530; stroke: #8ab4f8; }
      svg.prerequisite-map a text { fill: #e3e5e8; }
      svg.prerequisite-map path { stroke: #9aa0a8; }
      svg.prerequisite-map marker path { fill: #9aa0a8; }
      .tok-keyword { color: #ff7ab2; }
      .tok-type { color: #6bdfff; }
      .tok-string { color: #ff8170; }
      .tok-number { color: #d9c97c; }
      .tok-comment { color: #7f8c98; }
      .tok-attribute, .tok-label { color: #cda1ff; }
      /* Charts read their colours from these (see Sources/Charts/README.md). */
      .qb-chart { --qb-chart-text: #e3e5e8; --qb-chart-axis: #9aa0a8; --qb-chart-grid: #33373e;
                  --qb-chart-muted: #9aa0a8; --qb-chart-background: #1d2026; --qb-chart-box: #2a2f38; }
    }
    @media print {
      nav, .pager { display: none; }
      body { background: #fff; color: #000; font-size: 11pt; }
      pre { white-space: pre-wrap; }
      .cell, main > pre { width: auto; margin-left: 0; }
      details { border: none; }
      details > *:not(summary) { display: block; }
    }
    """
}
