/// The pages' stylesheet: inlined into a standalone page (`qbook run --html`), written to
/// `assets/qbook.css` for the course site. Plain and readable.
enum PageStyle {
    static let css = """
    body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; background: #fdfdfc; }
    nav { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 0; font-size: 0.9rem; }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; padding-bottom: 2rem; }
    nav.pager .next { margin-left: auto; }
    p.prerequisites { font-size: 0.9rem; color: #555; }
    .math-error { color: #b00020; background: #fde7ea; }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    h1, h2, h3 { line-height: 1.25; }
    a { color: #2456a6; }
    code, pre { font: 0.88rem/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
    pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 6px; background: #f3f4f6; }
    .cell { margin: 1.25rem 0; }
    .cell pre.source { background: #eef2f8; border-left: 3px solid #2456a6; margin-bottom: 0; }
    .outputs { border-left: 3px solid #c9ced8; }
    .outputs pre, .outputs figure, .outputs table { margin: 0; border-radius: 0; background: #fafafa; }
    .outputs pre.error { color: #9b1c1c; background: #fdf2f2; }
    .outputs table { border-collapse: collapse; margin: 0.5rem 1rem; }
    .outputs th, .outputs td { padding: 0.2rem 0.8rem; border-bottom: 1px solid #e2e5ea; text-align: right; }
    .outputs figure { padding: 0.5rem 1rem; }
    .outputs svg { max-width: 100%; height: auto; }
    .math.display { display: block; overflow-x: auto; text-align: center; margin: 1rem 0; }
    details { margin: 1rem 0; padding: 0.5rem 1rem; border: 1px solid #e2e5ea; border-radius: 6px; }
    summary { cursor: pointer; font-weight: 600; }
    """
}
