using System.Text;
using Compliance.Checking.Configuration;
using Compliance.Checking.Reading.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace Compliance.Checking.Reading;

/// <summary>
/// Reads the text layer of a PDF with PdfPig: page by page, letters grouped into printed lines by baseline,
/// the printed lines of one paragraph joined into one line (as in text extracted from the PDF), Chinese text
/// through the fonts' ToUnicode maps. Print furniture (running headers, page numbers) is removed here because
/// only the layout tells whether a page break cut a paragraph. Never throws for bad content. Pages, objects, nesting,
/// what one stream decodes to and what one page's content decodes to and holds in letters are bounded by
/// <see cref="CheckerLimits"/>; the deadline is checked per page.
/// </summary>
public sealed class PdfBulletinReader : IFormatReader
{
    private readonly CheckerLimits _limits;

    public PdfBulletinReader(CheckerLimits? limits = null)
    {
        _limits = limits ?? new CheckerLimits();
    }

    private static ReadOnlySpan<byte> Magic => "%PDF-"u8;

    private static ReadOnlySpan<byte> EndOfFile => "%%EOF"u8;

    public ReadOutcome Read(ReadOnlyMemory<byte> content) => Read(content, removeFurniture: true);

    public ReadOutcome Read(ReadOnlyMemory<byte> content, CheckDeadline deadline) => Read(content, removeFurniture: true, deadline);

    /// <summary>Reads the PDF; without <paramref name="removeFurniture"/> the lines are those printed, headers and page numbers included.</summary>
    internal ReadOutcome Read(ReadOnlyMemory<byte> content, bool removeFurniture, CheckDeadline? deadline = null)
    {
        deadline ??= CheckDeadline.None;
        var bytes = content.Span;
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(Magic) < 0)
        {
            return ReadOutcome.Unreadable(UnreadableKind.PdfCorrupt, "no %PDF- header");
        }
        // A cut-off download loses the trailer; lenient parsing could still recover some pages, and checking
        // half a bulletin as if it were whole would mislead.
        if (bytes[Math.Max(0, bytes.Length - 1024)..].IndexOf(EndOfFile) < 0)
        {
            return ReadOutcome.Unreadable(UnreadableKind.PdfCorrupt, "no %%EOF marker at the end: the file is truncated");
        }

        if (PdfNesting.Exceeds(bytes, _limits.MaxPdfNestingDepth))
        {
            return ReadOutcome.Unreadable(UnreadableKind.PdfTooDeep, $"arrays or dictionaries nested deeper than {_limits.MaxPdfNestingDepth}");
        }

        var guard = new PdfStreamGuard(_limits);
        try
        {
            // PdfPig's guard counts its own parse frames, a few more than the file's levels: twice the limit lets
            // everything the scan above passed be read, and still stops a runaway content stream.
            using var document = PdfDocument.Open(content, new ParsingOptions { MaxStackDepth = 2 * _limits.MaxPdfNestingDepth, FilterProvider = guard });
            guard.ThrowIfViolated();
            var objects = document.Structure.CrossReferenceTable.ObjectOffsets.Count;
            if (objects > _limits.MaxPdfObjects)
            {
                return ReadOutcome.Unreadable(UnreadableKind.PdfTooManyObjects, $"{objects} objects");
            }
            if (document.NumberOfPages > _limits.MaxPdfPages)
            {
                return ReadOutcome.Unreadable(UnreadableKind.PdfTooManyPages, $"{document.NumberOfPages} pages");
            }
            var pages = new List<IReadOnlyList<VisualLine>>(document.NumberOfPages);
            var dictionaries = PageDictionaries(document);
            long letterCount = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                deadline.ThrowIfExpired();
                guard.BeginPage();
                if (number <= dictionaries.Count) guard.CountUncompressedContent(UncompressedContentBytes(document, dictionaries[number - 1]));
                var letters = document.GetPage(number).Letters;
                guard.ThrowIfViolated();
                if (letters.Count > _limits.MaxPdfPageLetters)
                {
                    return ReadOutcome.Unreadable(UnreadableKind.PdfPageTooManyLetters, $"page {number}: {letters.Count} letters");
                }
                letterCount += letters.Count;
                if (letterCount > _limits.PdfLetters)
                {
                    return ReadOutcome.Unreadable(UnreadableKind.PdfTooManyLetters, $"{letterCount} letters by page {number}");
                }
                pages.Add(PdfLineGrouper.Group(letters));
            }
            if (pages.All(p => p.Count == 0))
            {
                return ReadOutcome.Unreadable(UnreadableKind.PdfNoText, $"{pages.Count} page(s) without a text layer");
            }
            var (text, hints) = Assemble(pages);
            return ReadOutcome.Success(removeFurniture ? PrintFurniture.Remove(text, hints) : text);
        }
        catch (InputLimitExceededException ex)
        {
            return ReadOutcome.Unreadable(ex.Kind, ex.Message);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            return ReadOutcome.Unreadable(UnreadableKind.PdfEncrypted, ex.Message);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A limit PdfPig wrapped in its own exception is still that limit.
            if (guard.Violation is { } violation) return ReadOutcome.Unreadable(violation.Kind, violation.Message);
            if (Causes(ex).Any(e => e is PdfDocumentStackDepthException))
            {
                return ReadOutcome.Unreadable(UnreadableKind.PdfTooDeep, $"nested deeper than {_limits.MaxPdfNestingDepth}");
            }
            // PdfPig reports damaged structure with several exception types (format, font, IO...).
            return ReadOutcome.Unreadable(UnreadableKind.PdfCorrupt, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The page dictionaries in page order, walked from the catalog's page tree (each node once, so a cycle ends).</summary>
    private static List<DictionaryToken> PageDictionaries(PdfDocument document)
    {
        var pages = new List<DictionaryToken>();
        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<IToken>();
        if (document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root)) pending.Push(root);
        while (pending.TryPop(out var token))
        {
            if (token is IndirectReferenceToken reference)
            {
                if (!seen.Add(reference.Data)) continue;
                token = document.Structure.GetObject(reference.Data).Data;
            }
            if (token is not DictionaryToken node) continue;
            if (node.TryGet(NameToken.Kids, out var kids) && (kids is ArrayToken ? kids : kids is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : null) is ArrayToken array)
            {
                for (var i = array.Data.Count - 1; i >= 0; i--) pending.Push(array.Data[i]);
            }
            else
            {
                pages.Add(node);
            }
        }
        return pages;
    }

    /// <summary>
    /// The bytes of a page's content streams that have no filter: no filter counts them as they are decoded, and each of
    /// their bytes of text still becomes a letter. Compressed ones are counted by the guard's filters.
    /// </summary>
    private static long UncompressedContentBytes(PdfDocument document, DictionaryToken page)
    {
        if (!page.TryGet(NameToken.Contents, out var contents)) return 0;
        if (contents is IndirectReferenceToken single) contents = document.Structure.GetObject(single.Data).Data;
        IReadOnlyList<IToken> parts = contents is ArrayToken array ? array.Data : [contents];
        long total = 0;
        foreach (var part in parts)
        {
            var token = part is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : part;
            if (token is StreamToken stream && !stream.StreamDictionary.ContainsKey(NameToken.Filter)) total += stream.Data.Length;
        }
        return total;
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException) yield return e;
    }

    /// <summary>The lines of pages of letters, numbered over the whole document, each paragraph's printed lines joined;
    /// print furniture removed when <paramref name="removeFurniture"/>.</summary>
    internal static SourceText FromLetters(IEnumerable<IEnumerable<Letter>> pages, bool removeFurniture = true)
    {
        var (text, hints) = Assemble(pages.Select(PdfLineGrouper.Group).ToList());
        return removeFurniture ? PrintFurniture.Remove(text, hints) : text;
    }

    /// <summary>Numbers the lines over the whole document and joins the printed lines of each paragraph.</summary>
    private static (SourceText Text, PageBreakHints Hints) Assemble(IReadOnlyList<IReadOnlyList<VisualLine>> pages)
    {
        var column = TextColumn.Measure(pages);
        var lines = new List<SourceLine>();
        // The first and last printed line of each line of text, for joining across page breaks.
        var printed = new Dictionary<int, (VisualLine First, VisualLine Last)>();

        for (var index = 0; index < pages.Count; index++)
        {
            var pageNumber = index + 1;
            VisualLine? first = null, previous = null;
            var paragraph = new StringBuilder();
            var page = TableRows.Join(pages[index], column);
            var rowGoesOn = false;
            for (var at = 0; at < page.Count; at++)
            {
                var line = page[at];
                if (first is not null && previous is not null && column.Continues(first, previous, line, rowGoesOn))
                {
                    AppendWrapped(paragraph, previous, line.Text);
                }
                else
                {
                    if (first is not null && previous is not null)
                    {
                        Close(first, previous);
                        if (column.IsBlankBetween(previous, line)) lines.Add(new SourceLine(lines.Count + 1, string.Empty, pageNumber));
                    }
                    paragraph.Append(line.Text);
                    first = line;
                }
                previous = line;
                rowGoesOn = column.RowEndsBelow(page, at);
            }
            if (first is not null && previous is not null) Close(first, previous);

            void Close(VisualLine opening, VisualLine last)
            {
                lines.Add(new SourceLine(lines.Count + 1, paragraph.ToString(), pageNumber));
                printed[lines.Count] = (opening, last);
                paragraph.Clear();
            }
        }

        var hints = new PageBreakHints(
            Continues: (previous, next) =>
                printed.TryGetValue(previous.Number, out var before) && printed.TryGetValue(next.Number, out var after)
                && column.ContinuesOverBreak(before.First, before.Last, after.First),
            EndsWithSpace: line => printed.TryGetValue(line.Number, out var p) && p.Last.EndsWithSpace);
        return (new SourceText("pdf", "pdf", lines), hints);
    }

    private static void AppendWrapped(StringBuilder paragraph, VisualLine previous, string continuation)
    {
        // A wrap between two Latin words replaced a space; between Chinese characters it replaced nothing. Chinese
        // layout also breaks inside a number (20|19), so between two digits only a printed space marks a gap.
        if (paragraph.Length > 0 && continuation.Length > 0 && IsAsciiLetterOrDigit(paragraph[^1]) && IsAsciiLetterOrDigit(continuation[0])
            && (previous.EndsWithSpace || !(char.IsAsciiDigit(paragraph[^1]) && char.IsAsciiDigit(continuation[0]))))
        {
            paragraph.Append(' ');
        }
        paragraph.Append(continuation);
    }

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
