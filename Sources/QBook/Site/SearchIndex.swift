/// The site's search: an index of every page's text written at build time as a script
/// (`assets/search-index.js`, so it loads from `file://` too, where a browser refuses to fetch
/// JSON), and a small script of our own (`assets/search.js`) that the index page runs. Offline,
/// deterministic, no library.
enum SearchIndex {
    static let indexPath = "assets/search-index.js"
    static let scriptPath = "assets/search.js"

    struct Entry {
        var title: String
        var url: String
        var text: String
    }

    /// `window.QBOOK_SEARCH = [{title, url, text}, …];` with the pages' visible text.
    static func script(_ entries: [Entry]) -> String {
        let items = entries.map { e -> JSONValue in
            .object([("title", .string(e.title)), ("url", .string(e.url)), ("text", .string(e.text))])
        }
        return "window.QBOOK_SEARCH = " + JSONValue.array(items).serialized() + ";\n"
    }

    /// The visible text of an HTML fragment: tags dropped, entities of the formatter decoded,
    /// whitespace collapsed. KaTeX's MathML annotations (the TeX) are kept, so formulas can be
    /// found by their TeX too.
    static func text(ofHTML html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true; out.append(" "); continue }
            if ch == ">" { inTag = false; continue }
            if !inTag { out.append(ch) }
        }
        for (entity, ch) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: ch)
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Finds pages containing every word of the query (case-insensitive), best first (most
    /// occurrences), each with a snippet around its first match. `?q=word` in the index page's
    /// address searches on load.
    static let searchScript = """
        (function () {
          var box = document.getElementById("search");
          var list = document.getElementById("search-results");
          if (!box || !list || !window.QBOOK_SEARCH) return;
          function show(query) {
            list.textContent = "";
            var words = query.toLowerCase().split(/\\s+/).filter(function (w) { return w.length > 0; });
            if (words.length === 0) return;
            var hits = [];
            window.QBOOK_SEARCH.forEach(function (page) {
              var text = page.text.toLowerCase();
              var count = 0;
              for (var i = 0; i < words.length; i++) {
                var n = text.split(words[i]).length - 1;
                if (n === 0) return;
                count += n;
              }
              var at = text.indexOf(words[0]);
              var snippet = page.text.slice(Math.max(0, at - 60), at + 100);
              hits.push({ page: page, count: count, snippet: snippet });
            });
            hits.sort(function (a, b) { return b.count - a.count || a.page.title.localeCompare(b.page.title); });
            if (hits.length === 0) {
              var none = document.createElement("li");
              none.textContent = "No page mentions “" + query + "”.";
              list.appendChild(none);
            }
            hits.forEach(function (hit) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = hit.page.url;
              link.textContent = hit.page.title;
              var detail = document.createElement("p");
              detail.className = "snippet";
              detail.textContent = "… " + hit.snippet + " … (" + hit.count + ")";
              item.appendChild(link);
              item.appendChild(detail);
              list.appendChild(item);
            });
          }
          box.addEventListener("input", function () { show(box.value); });
          var q = new URLSearchParams(window.location.search).get("q");
          if (q) { box.value = q; show(q); }
        })();
        """
}
