using System.Text.RegularExpressions;
using Compliance.Checking.Reports;

namespace Compliance.Checking.Tests.Layouts;

/// <summary>Damages of the attachment note, the printed attachments and the imprint, in place: each gives exactly one
/// finding of its rule. The imprint damages apply to the documents of the seeds that print an imprint.</summary>
internal sealed partial record DocumentParts
{
    private static readonly DocumentParts[] AttachmentsAndImprint =
    [
        // A printed attachment's title (the line after its label that the note names) gets one character wrong.
        new("attachment", (_, _) => null,
            (d, lines) => PrintedTitle(d, lines) is { } t ? Replace(lines, t, Retitle(lines[t - 1])) : null,
            RuleIds.AttachmentMismatch),
        // A full stop after the name of the note's first line (附件：名称。).
        new("attachment", (_, _) => null,
            (d, lines) => NoteLine(d, lines) is { } n ? Replace(lines, n, lines[n - 1].TrimEnd() + "。") : null,
            RuleIds.AttachmentNoteForm),
        // A local line of the imprint (督办：…) becomes a copy-to line without its final 。.
        new("imprint", (_, _) => null,
            (d, lines) => LocalImprintLine(d, lines) is { } l ? Replace(lines, l, "抄送：市委办公室，市人大常委会办公室") : null,
            RuleIds.ImprintCopyTo, WritesNewText: true),
        // The 印发 date zero-padded.
        new("imprint", (_, _) => null,
            (d, lines) => PrintingDateLine(d, lines) is { } l && ZeroPad(lines[l - 1]) is { } padded ? Replace(lines, l, padded) : null,
            RuleIds.ImprintDateFormat),
        // The 印发 date a year before the date of signing.
        new("imprint", (_, _) => null,
            (d, lines) => PrintingDateLine(d, lines) is { } l && d.Date is { } signed
                ? Replace(lines, l, PrintingDate().Replace(lines[l - 1], m => $"{signed.Year - 1}年{m.Groups[2].Value}月{m.Groups[3].Value}日印发"))
                : null,
            RuleIds.ImprintDateBeforeSigning),
    ];

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日印发\s*$")]
    private static partial Regex PrintingDate();

    private static IEnumerable<int> DocumentLines(DocumentReport d, List<string> lines)
        => Enumerable.Range(d.StartLine, Math.Min(d.EndLine, lines.Count) - d.StartLine + 1);

    /// <summary>The note's first line when it names one attachment after the colon (附件：名称).</summary>
    private static int? NoteLine(DocumentReport d, List<string> lines)
    {
        foreach (var n in DocumentLines(d, lines))
        {
            var c = Compact(lines[n - 1]);
            if (c.Length > 4 && c.StartsWith("附件", StringComparison.Ordinal) && c[2] is '：' or ':' && !c.EndsWith('。')) return n;
        }
        return null;
    }

    /// <summary>A title printed on the line after a label (附件, 附件1, 附 件：) that the document's note names exactly.</summary>
    private static int? PrintedTitle(DocumentReport d, List<string> lines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in DocumentLines(d, lines))
        {
            var c = Compact(lines[n - 1]);
            if (c.Length > 3 && c.StartsWith("附件", StringComparison.Ordinal) && c[2] is '：' or ':') names.Add(Regex.Replace(c[3..], @"^\d+[.．]", ""));
            else if (Regex.IsMatch(c, @"^\d+[.．]")) names.Add(Regex.Replace(c, @"^\d+[.．]", ""));
        }
        int? label = null;
        foreach (var n in DocumentLines(d, lines))
        {
            var c = Compact(lines[n - 1]);
            if (c.Length == 0) continue;
            if (label is not null && names.Contains(c) && c.Length > 6) return n;
            label = Regex.IsMatch(c, @"^附件\d*[：:]?$") ? n : null;
        }
        return null;
    }

    private static string Retitle(string title)
    {
        var at = title.Length / 2;
        while (at < title.Length && (char.IsWhiteSpace(title[at]) || title[at] == '某')) at++;
        return title[..at] + "某" + title[(at + 1)..];
    }

    /// <summary>A local line of the imprint (主办：…, 督办：…) after the document's date.</summary>
    private static int? LocalImprintLine(DocumentReport d, List<string> lines)
        => d.Lines.Date is { } date
            ? DocumentLines(d, lines).Where(n => n > date).Cast<int?>().FirstOrDefault(n => Compact(lines[n!.Value - 1]).StartsWith("督办：", StringComparison.Ordinal))
            : null;

    private static int? PrintingDateLine(DocumentReport d, List<string> lines)
        => d.Lines.Date is { } date
            ? DocumentLines(d, lines).Where(n => n > date).Cast<int?>().FirstOrDefault(n => PrintingDate().IsMatch(lines[n!.Value - 1]))
            : null;

    private static string? ZeroPad(string line)
    {
        var m = PrintingDate().Match(line);
        if (!m.Success) return null;
        var month = m.Groups[2].Value;
        var day = m.Groups[3].Value;
        if (month.Length == 1) month = "0" + month;
        else if (day.Length == 1) day = "0" + day;
        else return null;
        return line[..m.Index] + $"{m.Groups[1].Value}年{month}月{day}日印发";
    }
}
