/// The document around every page qbook writes: doctype, `<head>` with the title and a
/// stylesheet, and `body`'s children.
enum HTMLDocument {
    static func render(title: String, stylesheet: HTMLNode, body: [HTMLNode]) -> String {
        let page: HTMLNode = .fragment([
            .trusted("<!DOCTYPE html>\n"),
            .tag("html", ["lang": "en"], [
                .tag("head", [
                    .tag("meta", ["charset": "utf-8"]),
                    .tag("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                    .tag("title", text: title),
                    stylesheet,
                ]),
                .tag("body", body),
            ]),
        ])
        return HTMLFormatter().render(page) + "\n"
    }
}
