(function () {
  var box = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!box || !list || !window.QBOOK_SEARCH) return;
  function show(query) {
    list.textContent = "";
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
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
