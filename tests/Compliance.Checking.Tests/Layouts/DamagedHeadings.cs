using Compliance.Checking.Analysis;

namespace Compliance.Checking.Tests.Layouts;

/// <summary>Damages of the body's headings: the second first-level heading of a numbering (二、) lost or misprinted as
/// the next number gives exactly one heading.sequence finding; a second-level heading (（一）) printed with a second mark
/// (（一）、) exactly one heading.form finding. Documents already reported by the rule are left alone: their one
/// finding per document would hide a second break.</summary>
internal sealed partial record DocumentParts
{
    private static readonly DocumentParts[] Headings =
    [
        new("heading",
            (d, lines) => SecondFirstLevel(d, lines) is { } l ? Blank(lines, [l]) : null,
            (d, lines) => SecondFirstLevel(d, lines) is { } l ? Replace(lines, l, Renumber(lines[l - 1], 3)) : null,
            RuleIds.HeadingSequence),
        new("heading",
            (_, _) => null,
            (d, lines) => FirstSecondLevel(d, lines) is { } l ? Replace(lines, l, AddMark(lines[l - 1])) : null,
            RuleIds.HeadingForm),
    ];

    /// <summary>Lines of the document (1-based) that start with a heading marker, with the marker.</summary>
    private static IEnumerable<(int Line, HeadingMarker Marker)> MarkedLines(DocumentReport d, List<string> lines)
    {
        for (var n = d.StartLine; n <= d.EndLine && n <= lines.Count; n++)
        {
            if (HeadingMarker.TryParse(lines[n - 1]) is { } marker) yield return (n, marker);
        }
    }

    /// <summary>二、 right after 一、 (no date or attachment label between them), in a document without a numbering break.</summary>
    private static int? SecondFirstLevel(DocumentReport d, List<string> lines)
    {
        if (d.Findings.Any(f => f.RuleId == RuleIds.HeadingSequence)) return null;
        (int Line, HeadingMarker Marker)? previous = null;
        foreach (var current in MarkedLines(d, lines).Where(m => m.Marker is { Level: 1, Kind: Extraction.HeadingFormKind.Canonical }))
        {
            if (previous is { } p && p.Marker.Ordinal == 1 && current.Marker.Ordinal == 2 && !Between(d, lines, p.Line, current.Line)) return current.Line;
            previous = current;
        }
        return null;
    }

    /// <summary>A date or an attachment label between two lines: they are in different numbering scopes.</summary>
    private static bool Between(DocumentReport d, List<string> lines, int from, int to)
        => d.Lines.Date is { } date && date > from && date < to
           || lines.Skip(from).Take(to - from - 1).Any(l => Compact(l).StartsWith("附件", StringComparison.Ordinal) && Compact(l).Length <= 5);

    /// <summary>The first second-level heading written without a second mark, in a document with no heading written
    /// （一）、 yet.</summary>
    private static int? FirstSecondLevel(DocumentReport d, List<string> lines)
    {
        var marked = MarkedLines(d, lines).ToList();
        if (marked.Any(m => m.Marker is { Level: 2, Kind: Extraction.HeadingFormKind.Deviant })) return null;
        // A (一) of a document reported for its brackets would move that finding to the next one: only （一）, or (一)
        // where it is the document's habit.
        var bracketsReported = d.Findings.Any(f => f.RuleId == RuleIds.HeadingForm);
        return marked.FirstOrDefault(m => m.Marker is { Level: 2, Kind: Extraction.HeadingFormKind.Canonical }
                || !bracketsReported && m.Marker is { Level: 2, Kind: Extraction.HeadingFormKind.HalfWidthBrackets }) is { Line: > 0 } first
            ? first.Line : null;
    }

    private static string Renumber(string line, int number)
    {
        var at = line.IndexOf('、', StringComparison.Ordinal);
        var start = line.Length - line.TrimStart().Length;
        return line[..start] + HeadingMarker.Numeral(number, true) + line[at..];
    }

    private static string AddMark(string line)
    {
        var close = line.IndexOfAny(['）', ')']);
        return line[..(close + 1)] + "、" + line[(close + 1)..];
    }
}
