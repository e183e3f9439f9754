using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Compliance.Checking.Fixing;

/// <summary>
/// Writes corrections into a Word document as tracked changes: the characters a correction removes become a deletion
/// (<c>w:del</c>), what it writes an insertion (<c>w:ins</c>) in the formatting of the text it replaces, both by the
/// author <see cref="Author"/>, with the finding's message as a comment on the change. Runs are split only where a
/// change begins or ends; every other part of the package is copied as it is. "Accept all" in Word or LibreOffice
/// gives the corrected text, "reject all" the original.
/// <para>Paragraphs are numbered as <see cref="Reading.DocxBulletinReader"/> numbers them (a finding's line is a
/// paragraph): every <c>w:p</c> of the body in document order, a nested one after the one holding it, and of
/// markup-compatibility alternatives only the first.</para>
/// </summary>
internal sealed class DocxCorrector : ICorrector
{
    public const string Author = "Compliance";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string CommentsRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private const string CommentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    private const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private readonly byte[] _package;
    private readonly string _mainName;
    private readonly string _date;

    private DocxCorrector(byte[] package, string mainName, DateTimeOffset now)
    {
        _package = package;
        _mainName = mainName;
        _date = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>A corrector for a package the checker has read (so within its limits), or null when it has no main
    /// document part in the transitional namespace.</summary>
    public static DocxCorrector? For(byte[] package, DateTimeOffset now)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            var rels = zip.GetEntry("_rels/.rels");
            if (rels is null) return null;
            var target = Load(rels).Root?.Elements(Rels + "Relationship")
                .FirstOrDefault(r => (string?)r.Attribute("Type") == OfficeDocumentRelationship && (string?)r.Attribute("TargetMode") != "External")
                ?.Attribute("Target")?.Value;
            if (target is null) return null;
            var name = Uri.UnescapeDataString(target).TrimStart('/');
            if (name.StartsWith("./", StringComparison.Ordinal)) name = name[2..];
            var main = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
            if (main is null || !IsWordDocument(main)) return null;
            return new DocxCorrector(package, main.FullName, now);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    public (byte[]? Content, List<(Finding Finding, string Before)> Applied, List<Finding> NotFound) Apply(IEnumerable<Finding> findings)
    {
        using var zip = new ZipArchive(new MemoryStream(_package, writable: false), ZipArchiveMode.Read);
        var document = Load(zip.GetEntry(_mainName)!);
        var paragraphs = Paragraphs(document);
        var edits = new Edits(this, document, FirstFreeId(zip, document));
        var applied = new List<(Finding, string)>();
        var notFound = new List<Finding>();
        var touched = new HashSet<int>();
        foreach (var finding in findings)
        {
            if (finding is not { Suggestion: { } suggestion, Evidence: { } evidence, Line: { } line }) continue;
            if (Place(paragraphs, line, evidence, suggestion) is not { } groups) { notFound.Add(finding); continue; }
            // Positions within one paragraph move as changes are made: one correction per paragraph and round.
            if (groups.Any(g => touched.Contains(g.Line))) continue;
            foreach (var g in groups) touched.Add(g.Line);
            edits.Make(groups, finding.Message);
            applied.Add((finding, evidence));
        }
        return (applied.Count == 0 ? null : edits.Write(zip), applied, notFound);
    }

    /// <summary>
    /// Where a correction goes: the paragraphs it changes, each with its edits right to left. The evidence stands in
    /// the finding's paragraph or — a part joined from print lines and reported at its last line (addressees wrapped
    /// over two paragraphs) — starts a few paragraphs before and runs into it. Null when it is not there, or when an
    /// edit would cross from one paragraph into the next.
    /// </summary>
    private static List<(ParagraphText Paragraph, int Line, List<(int Start, int End, string Insert)> Hunks)>? Place(
        List<XElement> paragraphs, int line, string evidence, string suggestion)
    {
        if (line < 1 || line > paragraphs.Count) return null;
        var own = new ParagraphText(paragraphs[line - 1]);
        if (EvidenceLocator.Locate(own.Text, 0, own.Text.Length, evidence) is { } map) return [(own, line, Hunks(map, evidence, suggestion))];
        for (var earlier = line - 1; earlier >= Math.Max(1, line - EvidenceLocator.MaxLineBreaks); earlier--)
        {
            var texts = Enumerable.Range(earlier, line - earlier + 1).Select(n => new ParagraphText(paragraphs[n - 1])).ToList();
            var starts = new List<int>();
            var joined = new System.Text.StringBuilder();
            foreach (var t in texts)
            {
                starts.Add(joined.Length);
                joined.Append(t.Text).Append('\n');
            }
            map = EvidenceLocator.Locate(joined.ToString(), 0, texts[0].Text.Length, evidence);
            if (map is null || map.Max() < starts[^1]) continue;
            var groups = new List<(ParagraphText, int, List<(int, int, string)>)>();
            for (var k = texts.Count - 1; k >= 0; k--)
            {
                var from = starts[k];
                var to = from + texts[k].Text.Length;
                var hunks = new List<(int, int, string)>();
                foreach (var (start, end, insert) in Hunks(map, evidence, suggestion))
                {
                    if (start < from || start > to) continue;
                    if (end > to) return null;
                    hunks.Add((start - from, end - from, insert));
                }
                if (hunks.Count > 0) groups.Add((texts[k], earlier + k, hunks));
            }
            return groups.Count > 0 ? groups : null;
        }
        return null;
    }

    /// <summary>The paragraph-text edits that turn the evidence into the suggestion, right to left (so that making one
    /// leaves the positions of the others).</summary>
    private static List<(int Start, int End, string Insert)> Hunks(int[] map, string evidence, string suggestion)
    {
        var hunks = new List<(int, int, string)>();
        foreach (var edit in CharacterEdits.Between(evidence, suggestion))
        {
            var (start, end) = EvidenceLocator.Span(map, edit);
            hunks.Add((start, end, edit.Insert));
        }
        hunks.Reverse();
        return hunks;
    }

    /// <summary>An id above every annotation id (changes, comments, bookmarks) of the document and its comments.</summary>
    private static int FirstFreeId(ZipArchive zip, XDocument document)
    {
        var documents = new List<XDocument> { document };
        documents.AddRange(zip.Entries.Where(e => e.FullName.EndsWith("comments.xml", StringComparison.OrdinalIgnoreCase)).Select(Load));
        return documents.SelectMany(d => d.Descendants()).Attributes(W + "id")
            .Select(a => int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .DefaultIfEmpty(0).Max() + 1;
    }

    /// <summary>The body's paragraphs in the reader's order (as the layout reader walks them).</summary>
    private static List<XElement> Paragraphs(XDocument document)
        => document.Root?.Element(W + "body") is { } body ? Reading.Layout.DocxLayoutReader.Paragraphs(body).ToList() : [];

    private static IEnumerable<XElement> Children(XElement element) => Reading.Layout.DocxLayoutReader.Children(element);

    /// <summary>True when the part's root is a transitional <c>w:document</c>: read as far as the root only.</summary>
    private static bool IsWordDocument(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "document" && reader.NamespaceURI == W.NamespaceName;
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>A paragraph's text as the reader reads it — <c>w:t</c> text, a tab, a break as a space — with the
    /// element each character comes from. Rebuilt after every split.</summary>
    private sealed class ParagraphText
    {
        public ParagraphText(XElement paragraph)
        {
            Paragraph = paragraph;
            Refresh();
        }

        public XElement Paragraph { get; }

        public string Text { get; private set; } = "";

        /// <summary>Each piece: the element, where its text starts in <see cref="Text"/>, its length.</summary>
        public List<(XElement Element, int Start, int Length)> Pieces { get; } = [];

        public void Refresh()
        {
            Pieces.Clear();
            var text = new System.Text.StringBuilder();
            Collect(Paragraph, text);
            Text = text.ToString();
        }

        private void Collect(XElement element, System.Text.StringBuilder text)
        {
            foreach (var child in Children(element))
            {
                if (child.Name == W + "p") continue; // a nested paragraph is a line of its own
                string? piece = null;
                if (child.Name == W + "t") piece = child.Value;
                else if (child.Parent?.Name == W + "r" && child.Name == W + "tab") piece = "\t";
                else if (child.Parent?.Name == W + "r" && (child.Name == W + "br" || child.Name == W + "cr")) piece = " ";
                if (piece is not null)
                {
                    if (piece.Length > 0) Pieces.Add((child, text.Length, piece.Length));
                    text.Append(piece);
                    continue;
                }
                Collect(child, text);
            }
        }

        /// <summary>Makes a run boundary at <paramref name="at"/>: the character there starts a run of its own.</summary>
        public void SplitAt(int at)
        {
            var index = Pieces.FindIndex(p => p.Start <= at && at < p.Start + p.Length);
            if (index < 0) return;
            var (element, start, _) = Pieces[index];
            if (at > start)
            {
                // Only text can be cut inside a piece (a tab or a break is one character).
                var second = new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), element.Value[(at - start)..]);
                element.Value = element.Value[..(at - start)];
                element.SetAttributeValue(XNamespace.Xml + "space", "preserve");
                element.AddAfterSelf(second);
                element = second;
            }
            if (element.Parent is { } run && run.Name == W + "r" && element.ElementsBeforeSelf().Any(e => e.Name != W + "rPr"))
            {
                var rest = element.NodesAfterSelf().ToList();
                var tail = new XElement(W + "r", run.Attributes(), Properties(run), element);
                element.Remove();
                foreach (var node in rest)
                {
                    node.Remove();
                    tail.Add(node);
                }
                run.AddAfterSelf(tail);
            }
            Refresh();
        }

        /// <summary>The run that holds the piece starting at <paramref name="at"/>, or null.</summary>
        public XElement? RunAt(int at) => Pieces.FirstOrDefault(p => p.Start == at).Element?.Parent;
    }

    private static XElement? Properties(XElement run) => run.Element(W + "rPr") is { } properties ? new XElement(properties) : null;

    /// <summary>The changes of one round: the document, the comments, the ids they take.</summary>
    private sealed class Edits(DocxCorrector owner, XDocument document, int firstId)
    {
        private readonly List<(int Id, string Message)> _comments = [];
        private int _nextId = firstId;

        private IEnumerable<XAttribute> Change() =>
            [new(W + "id", (_nextId++).ToString(CultureInfo.InvariantCulture)), new(W + "author", Author), new(W + "date", owner._date)];

        /// <summary>Makes a correction's edits, paragraphs last to first, and comments the whole change once.</summary>
        public void Make(List<(ParagraphText Paragraph, int Line, List<(int Start, int End, string Insert)> Hunks)> groups, string message)
        {
            XElement? first = null, last = null;
            foreach (var (paragraph, _, hunks) in groups)
            {
                var (f, l) = Make(paragraph, hunks);
                first = f ?? first;
                last ??= l;
            }
            if (first?.Parent is null || last?.Parent is null) return;
            var id = _nextId++;
            var idText = id.ToString(CultureInfo.InvariantCulture);
            first.AddBeforeSelf(new XElement(W + "commentRangeStart", new XAttribute(W + "id", idText)));
            last.AddAfterSelf(new XElement(W + "commentRangeEnd", new XAttribute(W + "id", idText)),
                new XElement(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", idText))));
            _comments.Add((id, message));
        }

        /// <summary>One paragraph's edits, right to left; the first and last elements they made.</summary>
        private (XElement? First, XElement? Last) Make(ParagraphText paragraph, List<(int Start, int End, string Insert)> hunks)
        {
            XElement? first = null, last = null;
            foreach (var (start, end, insert) in hunks)
            {
                paragraph.SplitAt(start);
                paragraph.SplitAt(end);
                var runs = paragraph.Pieces.Where(p => p.Start >= start && p.Start < end).Select(p => p.Element.Parent!).Distinct().ToList();
                var neighbour = runs.FirstOrDefault() ?? paragraph.RunAt(start) ?? paragraph.Pieces.LastOrDefault(p => p.Start < start).Element?.Parent;
                XElement? inserted = null;
                if (insert.Length > 0 && neighbour is not null)
                {
                    inserted = new XElement(W + "ins", Change(),
                        new XElement(W + "r", Properties(neighbour), new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), insert)));
                    if (runs.Count > 0) Outer(runs[^1]).AddAfterSelf(inserted);
                    else if (paragraph.RunAt(start) is { } after) Outer(after).AddBeforeSelf(inserted);
                    else Outer(neighbour).AddAfterSelf(inserted);
                }
                XElement? firstDeleted = null, lastDeleted = null;
                foreach (var run in runs)
                {
                    if (run.Parent is { } own && own.Name == W + "ins" && (string?)own.Attribute(W + "author") == Author)
                    {
                        // Text this tool inserted in an earlier round: taking it back is removing it.
                        run.Remove();
                        if (!own.Elements().Any()) own.Remove();
                        continue;
                    }
                    foreach (var t in run.Elements(W + "t")) t.Name = W + "delText";
                    var deletion = new XElement(W + "del", Change());
                    run.AddBeforeSelf(deletion);
                    run.Remove();
                    deletion.Add(run);
                    firstDeleted ??= deletion;
                    lastDeleted = deletion;
                }
                // Hunks come right to left: the last one made is the first in the paragraph.
                var hunkFirst = firstDeleted ?? inserted;
                var hunkLast = inserted ?? lastDeleted;
                first = hunkFirst ?? first;
                last ??= hunkLast;
                paragraph.Refresh();
            }
            return (first, last);
        }

        /// <summary>The run, or the insertion of this tool that holds it: what a new change goes beside.</summary>
        private static XElement Outer(XElement run)
            => run.Parent is { } parent && (parent.Name == W + "ins" || parent.Name == W + "del") ? parent : run;

        /// <summary>The package with the document and comments of this round; every other part copied as it is.</summary>
        public byte[] Write(ZipArchive original)
        {
            var main = owner._mainName;
            var folder = main.Contains('/') ? main[..main.LastIndexOf('/')] : "";
            var relsName = (folder.Length > 0 ? folder + "/" : "") + "_rels/" + main[(main.LastIndexOf('/') + 1)..] + ".rels";
            var relsEntry = original.Entries.FirstOrDefault(e => string.Equals(e.FullName, relsName, StringComparison.OrdinalIgnoreCase));
            var rels = relsEntry is null ? new XDocument(new XElement(Rels + "Relationships")) : Load(relsEntry);
            var commentsTarget = rels.Root!.Elements(Rels + "Relationship").FirstOrDefault(r => (string?)r.Attribute("Type") == CommentsRelationship)?.Attribute("Target")?.Value;
            var replaced = new Dictionary<string, XDocument>(StringComparer.OrdinalIgnoreCase) { [main] = document };

            if (_comments.Count > 0)
            {
                string commentsName;
                XDocument comments;
                if (commentsTarget is not null && original.Entries.FirstOrDefault(e => string.Equals(e.FullName, Resolve(folder, commentsTarget), StringComparison.OrdinalIgnoreCase)) is { } existing)
                {
                    commentsName = existing.FullName;
                    comments = Load(existing);
                }
                else
                {
                    commentsName = Unused(original, (folder.Length > 0 ? folder + "/" : "") + "comments.xml");
                    comments = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName)));
                    var ids = rels.Root.Elements(Rels + "Relationship").Select(r => (string?)r.Attribute("Id")).ToHashSet();
                    var relId = Enumerable.Range(1, int.MaxValue).Select(n => "rIdCompliance" + n.ToString(CultureInfo.InvariantCulture)).First(i => !ids.Contains(i));
                    rels.Root.Add(new XElement(Rels + "Relationship", new XAttribute("Id", relId), new XAttribute("Type", CommentsRelationship),
                        new XAttribute("Target", folder.Length > 0 ? commentsName[(folder.Length + 1)..] : commentsName)));
                    replaced[relsName] = rels;
                    if (original.GetEntry("[Content_Types].xml") is { } typesEntry)
                    {
                        var types = Load(typesEntry);
                        types.Root!.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + commentsName), new XAttribute("ContentType", CommentsContentType)));
                        replaced["[Content_Types].xml"] = types;
                    }
                }
                foreach (var (id, message) in _comments)
                {
                    comments.Root!.Add(new XElement(W + "comment",
                        new XAttribute(W + "id", id.ToString(CultureInfo.InvariantCulture)), new XAttribute(W + "author", Author),
                        new XAttribute(W + "date", owner._date), new XAttribute(W + "initials", "C"),
                        new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), message)))));
                }
                replaced[commentsName] = comments;
            }

            using var output = new MemoryStream(owner._package.Length + 4096);
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var entry in original.Entries)
                {
                    if (!written.Add(entry.FullName)) continue;
                    var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                    copy.LastWriteTime = entry.LastWriteTime;
                    using var target = copy.Open();
                    if (replaced.Remove(entry.FullName, out var xml)) Save(xml, target);
                    else
                    {
                        using var source = entry.Open();
                        source.CopyTo(target);
                    }
                }
                foreach (var (name, xml) in replaced)
                {
                    using var target = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                    Save(xml, target);
                }
            }
            return output.ToArray();
        }

        private static void Save(XDocument xml, Stream target)
        {
            using var writer = XmlWriter.Create(target, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false });
            xml.Save(writer);
        }

        private static string Resolve(string folder, string target)
            => target.StartsWith('/') ? target.TrimStart('/') : (folder.Length > 0 ? folder + "/" : "") + target;

        private static string Unused(ZipArchive zip, string name)
        {
            var candidate = name;
            for (var n = 2; zip.Entries.Any(e => string.Equals(e.FullName, candidate, StringComparison.OrdinalIgnoreCase)); n++)
            {
                candidate = name[..^4] + n.ToString(CultureInfo.InvariantCulture) + ".xml";
            }
            return candidate;
        }
    }
}
