using System.IO.Compression;
using System.Text;
using System.Xml;
using Compliance.Checking.Configuration;

namespace Compliance.Checking.Reading;

/// <summary>
/// Reads a Word document (.docx): each paragraph of the body, in order, is one line. The zip is read with
/// System.IO.Compression and the main part streamed through an <see cref="XmlReader"/>, so that the work is bounded
/// whatever the file claims: entry count, declared and inflated sizes (counted as they inflate, not taken from the zip
/// headers), compression ratio, XML nesting and characters are all checked against <see cref="CheckerLimits"/>, and
/// XML with a DTD is refused (no entity is ever expanded).
/// </summary>
public sealed class DocxBulletinReader : IFormatReader
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string PackageRelationships = "_rels/.rels";
    private const int ParagraphsPerDeadlineCheck = 1024;

    private readonly CheckerLimits _limits;

    public DocxBulletinReader(CheckerLimits? limits = null)
    {
        _limits = limits ?? new CheckerLimits();
    }

    public ReadOutcome Read(ReadOnlyMemory<byte> content) => Read(content, CheckDeadline.None);

    public ReadOutcome Read(ReadOnlyMemory<byte> content, CheckDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        try
        {
            using var archive = new ZipArchive(ReadOnlyStreams.Over(content), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > _limits.MaxDocxParts)
            {
                return ReadOutcome.Unreadable(UnreadableKind.DocxTooManyParts, $"{entries.Count} entries");
            }
            var declared = entries.Sum(e => e.Length);
            if (declared > _limits.DocxTotalBytes)
            {
                return ReadOutcome.Unreadable(UnreadableKind.DocxTotalTooLarge, $"entries declare {declared} bytes");
            }

            // Part names are case-insensitive (OPC); the first of duplicate names wins.
            var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries) parts.TryAdd(entry.FullName, entry);

            var inflated = new InflatedBytes(_limits, content.Length);
            if (!parts.TryGetValue(PackageRelationships, out var relationships))
            {
                return ReadOutcome.Unreadable(UnreadableKind.DocxCorrupt, "no package relationships (_rels/.rels)");
            }
            var mainName = MainDocumentName(relationships, inflated);
            if (mainName is null || !parts.TryGetValue(mainName, out var main))
            {
                return ReadOutcome.Unreadable(UnreadableKind.DocxCorrupt, "no main document part");
            }

            var lines = ReadParagraphs(main, inflated, deadline);
            if (lines is null) return ReadOutcome.Unreadable(UnreadableKind.DocxCorrupt, "no document body");
            if (lines.All(l => string.IsNullOrWhiteSpace(l.Text))) return ReadOutcome.Unreadable(UnreadableKind.Empty);
            return ReadOutcome.Success(new SourceText("docx", "docx", lines));
        }
        catch (InputLimitExceededException ex)
        {
            return ReadOutcome.Unreadable(ex.Kind, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException
                                       or ArgumentException or FormatException or InvalidOperationException)
        {
            return ReadOutcome.Unreadable(UnreadableKind.DocxCorrupt, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The target of the package's officeDocument relationship, as a zip entry name.</summary>
    private string? MainDocumentName(ZipArchiveEntry relationships, InflatedBytes inflated)
    {
        using var part = inflated.Open(relationships);
        using var reader = XmlReader.Create(part, XmlSettings());
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (type is null || target is null || !type.EndsWith("/officeDocument", StringComparison.Ordinal)) continue;
            if (string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)) continue;
            var name = Uri.UnescapeDataString(target).TrimStart('/');
            return name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;
        }
        return null;
    }

    /// <summary>
    /// The body's paragraphs in document order: runs' text (w:t), tabs and breaks as Word shows them; field codes and
    /// deleted text are left out. A paragraph nested in another (a text box) is a line of its own after the one that
    /// holds it; of markup-compatibility alternatives only the first is read, so a text box is not read twice.
    /// Null when the part has no body.
    /// </summary>
    private List<SourceLine>? ReadParagraphs(ZipArchiveEntry main, InflatedBytes inflated, CheckDeadline deadline)
    {
        using var part = inflated.Open(main);
        using var reader = XmlReader.Create(part, XmlSettings());
        var lines = new List<SourceLine>();
        var open = new Stack<(int Index, int Depth, StringBuilder Text)>();
        var wordNames = new string?[_limits.MaxXmlDepth + 2];   // the element at each depth, if it is WordprocessingML
        var alternatives = new Stack<(int Depth, bool Taken)>();
        var skipBelow = -1;                                     // depth of an element whose content is not read
        var bodyDepth = -1;
        var sawRoot = false;
        var sawBody = false;

        try
        {
            while (reader.Read())
            {
                var depth = reader.Depth;
                if (depth > _limits.MaxXmlDepth)
                {
                    throw new InputLimitExceededException(UnreadableKind.DocxTooDeep, $"XML nested deeper than {_limits.MaxXmlDepth}");
                }
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        sawRoot = true;
                        if (skipBelow >= 0) break;
                        var isWord = reader.NamespaceURI is WordNamespace or StrictWordNamespace;
                        var name = isWord ? reader.LocalName : null;
                        wordNames[depth] = name;
                        if (reader.NamespaceURI == CompatibilityNamespace)
                        {
                            if (reader.LocalName == "AlternateContent" && !reader.IsEmptyElement) alternatives.Push((depth, false));
                            else if (reader.LocalName is "Choice" or "Fallback" && alternatives.TryPeek(out var alternative) && alternative.Depth == depth - 1)
                            {
                                if (alternative.Taken) { if (!reader.IsEmptyElement) skipBelow = depth; }
                                else { alternatives.Pop(); alternatives.Push((alternative.Depth, true)); }
                            }
                            break;
                        }
                        if (!isWord) break;
                        if (name == "body")
                        {
                            bodyDepth = depth;
                            sawBody = true;
                        }
                        else if (name == "p" && bodyDepth >= 0)
                        {
                            if (lines.Count == _limits.Lines)
                            {
                                throw new InputLimitExceededException(UnreadableKind.TooManyLines, $"more than {_limits.Lines} paragraphs");
                            }
                            lines.Add(new SourceLine(lines.Count + 1, string.Empty));
                            if (!reader.IsEmptyElement) open.Push((lines.Count - 1, depth, new StringBuilder()));
                            if (lines.Count % ParagraphsPerDeadlineCheck == 0) deadline.ThrowIfExpired();
                        }
                        else if (open.Count > 0 && depth > 0 && wordNames[depth - 1] == "r")
                        {
                            if (name == "tab") Append(open.Peek().Text, "\t");
                            else if (name is "br" or "cr") Append(open.Peek().Text, " ");
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (skipBelow < 0 && open.Count > 0 && depth > 0 && wordNames[depth - 1] == "t") Append(open.Peek().Text, reader.Value);
                        break;
                    case XmlNodeType.EndElement:
                        if (skipBelow >= 0)
                        {
                            if (depth == skipBelow) skipBelow = -1;
                            break;
                        }
                        if (alternatives.TryPeek(out var closing) && closing.Depth == depth) alternatives.Pop();
                        if (open.TryPeek(out var paragraph) && paragraph.Depth == depth)
                        {
                            open.Pop();
                            lines[paragraph.Index] = new SourceLine(paragraph.Index + 1, paragraph.Text.ToString());
                        }
                        if (depth == bodyDepth) bodyDepth = -1;
                        break;
                }
            }
        }
        catch (XmlException) when (!sawRoot && part.PrologDeclaresDocumentType)
        {
            throw new InputLimitExceededException(UnreadableKind.DocxDtd, "the XML declares a document type (DTD)");
        }
        return sawBody ? lines : null;
    }

    private void Append(StringBuilder paragraph, string text)
    {
        if (paragraph.Length + text.Length > _limits.MaxLineCharacters)
        {
            throw new InputLimitExceededException(UnreadableKind.LineTooLong, $"a paragraph longer than {_limits.MaxLineCharacters} characters");
        }
        paragraph.Append(text);
    }

    private XmlReaderSettings XmlSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = _limits.DocxPartBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Counts the bytes inflated from the package, part by part and in all, as they are read.</summary>
    private sealed class InflatedBytes(CheckerLimits limits, long packageBytes)
    {
        public long Total { get; private set; }

        public GuardedPart Open(ZipArchiveEntry entry)
        {
            // The compressed size is the zip header's word; what it may inflate to is judged on the bytes read.
            var compressed = Math.Min(entry.CompressedLength, packageBytes);
            if (entry.Length > limits.DocxPartBytes)
            {
                throw new InputLimitExceededException(UnreadableKind.DocxPartTooLarge, $"{entry.FullName} declares {entry.Length} bytes");
            }
            if (limits.ExceedsRatio(entry.Length, compressed))
            {
                throw new InputLimitExceededException(UnreadableKind.DocxCompressionRatio, $"{entry.FullName} declares {entry.Length} bytes from {compressed}");
            }
            return new GuardedPart(entry.Open(), entry.FullName, compressed, this);
        }

        public void Count(GuardedPart part, int bytes)
        {
            Total += bytes;
            if (part.Inflated > limits.DocxPartBytes)
            {
                throw new InputLimitExceededException(UnreadableKind.DocxPartTooLarge, $"{part.Name} inflates past {limits.DocxPartBytes} bytes");
            }
            if (Total > limits.DocxTotalBytes)
            {
                throw new InputLimitExceededException(UnreadableKind.DocxTotalTooLarge, $"the parts inflate past {limits.DocxTotalBytes} bytes");
            }
            if (limits.ExceedsRatio(part.Inflated, part.Compressed) || limits.ExceedsRatio(Total, packageBytes))
            {
                throw new InputLimitExceededException(UnreadableKind.DocxCompressionRatio, $"{part.Name} inflates more than {limits.MaxCompressionRatio}× its {part.Compressed} bytes");
            }
        }
    }

    /// <summary>A part's inflating stream that counts what it yields and keeps its first bytes (the XML prolog).</summary>
    private sealed class GuardedPart(Stream inner, string name, long compressed, InflatedBytes counter) : Stream
    {
        private static readonly byte[][] DocumentTypeMarks =
            [.. new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode }.Select(e => e.GetBytes("<!DOCTYPE"))];

        private readonly byte[] _prolog = new byte[4096];
        private int _prologLength;

        public string Name { get; } = name;

        public long Compressed { get; } = compressed;

        public long Inflated { get; private set; }

        /// <summary>True when the part's first bytes hold a document type declaration (which must precede the root).</summary>
        public bool PrologDeclaresDocumentType
            => DocumentTypeMarks.Any(mark => _prolog.AsSpan(0, _prologLength).IndexOf(mark) >= 0);

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            if (_prologLength < _prolog.Length)
            {
                var keep = Math.Min(read, _prolog.Length - _prologLength);
                buffer[..keep].CopyTo(_prolog.AsSpan(_prologLength));
                _prologLength += keep;
            }
            Inflated += read;
            counter.Count(this, read);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Inflated; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
