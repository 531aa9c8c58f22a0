import Foundation
import Mustache

/// The Mustache templates pages are written through: `page` for a tutorial, `index` for the
/// course index. The built-in ones give the pages qbook has always written; a theme folder
/// (`qbook build --theme DIR`) may replace either, and its `style.css` and `assets/` join the
/// site. Everything a template receives is built as `HTMLNode`s first, so cell output is escaped
/// before any template sees it; `{{name}}` escapes again, `{{{name}}}` inserts our HTML as is.
public struct PageTemplates: Sendable {
    var page: MustacheTemplate
    var index: MustacheTemplate
    /// The theme's stylesheet, replacing qbook's.
    var stylesheet: String?
    /// Files under the theme's `assets/`, as site paths (`assets/...`) and contents, sorted.
    var assets: [(path: String, contents: Data)] = []

    /// The variables each template is given, for the README and error messages.
    public static let pageVariables = [
        "title", "stylesheets", "homeNav", "failureNotice", "readFirst", "content", "pager",
        "homeLink", "previous.title", "previous.href", "next.title", "next.href", "prerequisites[].title",
        "prerequisites[].href", "summary", "path",
    ]
    public static let indexVariables = [
        "title", "stylesheets", "search", "map", "tutorialList", "scripts",
        "tutorials[].title", "tutorials[].href", "tutorials[].summary",
    ]

    static let builtInPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>{{title}}</title>{{{stylesheets}}}</head><body>{{{homeNav}}}<main><h1>{{title}}</h1>{{{failureNotice}}}\
        {{{readFirst}}}{{{content}}}</main>{{{pager}}}</body></html>

        """

    static let builtInIndex = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>{{title}}</title>{{{stylesheets}}}</head><body><main><h1>{{title}}</h1>{{{search}}}{{{map}}}\
        {{{tutorialList}}}{{{scripts}}}</main></body></html>

        """

    /// qbook's own templates.
    public static let builtIn: PageTemplates = {
        // The built-in templates are constants that parse (a test renders both).
        // swiftlint:disable:next force_try
        PageTemplates(page: try! MustacheTemplate(string: builtInPage), index: try! MustacheTemplate(string: builtInIndex))
    }()

    init(page: MustacheTemplate, index: MustacheTemplate) {
        self.page = page
        self.index = index
    }

    /// The theme in `directory`: `page.mustache`, `index.mustache`, `style.css` and `assets/`,
    /// each optional. A template that does not parse is reported at its line and column.
    public static func theme(_ directory: String) throws(SourceDiagnostics) -> PageTemplates {
        let folder = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SourceDiagnostics([SourceDiagnostic(id: "theme", message: "no theme folder '\(directory)'",
                                                      path: directory, position: SourcePosition(line: 1, column: 1))])
        }
        var templates = builtIn
        var problems: [SourceDiagnostic] = []
        var sources: [SourceText] = []
        for name in ["page", "index"] {
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + name + ".mustache"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let source = SourceText(path: path, text: text)
            do {
                let template = try MustacheTemplate(string: text)
                if name == "page" { templates.page = template } else { templates.index = template }
            } catch let error as MustacheTemplate.ParserError {
                sources.append(source)
                problems.append(SourceDiagnostic(
                    id: "theme-template", message: "this template does not parse: \(Self.explain(error.error))", path: path,
                    position: SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                problems.append(SourceDiagnostic(id: "theme-template", message: "this template does not parse: \(error)",
                                                 path: path, position: SourcePosition(line: 1, column: 1)))
            }
        }
        if !problems.isEmpty { throw SourceDiagnostics(problems, source: sources.first) }
        templates.stylesheet = try? String(contentsOf: folder.appendingPathComponent("style.css"), encoding: .utf8)
        let assets = folder.appendingPathComponent("assets")
        for case let path as String in FileManager.default.enumerator(atPath: assets.path) ?? .init() {
            let url = assets.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  let data = try? Data(contentsOf: url) else { continue }
            templates.assets.append(("assets/" + path, data))
        }
        templates.assets.sort { $0.path < $1.path }
        return templates
    }

    /// Mustache's parser errors in words.
    private static func explain(_ error: any Error) -> String {
        switch String(describing: error) {
        case "overflow", "unfinishedName": "a tag is not closed with '}}'"
        case "sectionCloseNameIncorrect": "a section is closed with another name than it was opened with"
        case "expectedSectionEnd": "a section is opened but never closed"
        case "invalidSetDelimiter": "a set-delimiter tag is malformed"
        case let other: other
        }
    }
}
