using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// The parts of the special formats of GB/T 9704 §10. A decree (10.2): its mark (the organ with 令) stands for its
/// title — Title is the mark as printed, Kind 令 or 命令, Mark the organ — then its number 第N号 (<see cref="ExtractedDocument.Serial"/>)
/// and its signatory's office and name above the date. Minutes (10.3): the mark XX纪要 likewise (Kind 纪要), the issue
/// 第N期 or a number, the attendance after the body. A letter (10.1): a document whose title ends with 函.
/// </summary>
internal sealed class SpecialFormatReader : IPartReader
{
    private static readonly string[] AttendanceLabels = ["出席", "列席", "请假", "缺席", "参加"];

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        if (document.Title is null && SpecialHeads.DecreeMark(span[span.Start]) is { } decree) ReadDecree(span, document, decree);
        else if (document.Title is null && SpecialHeads.IsMinutesMark(span[span.Start])) ReadMinutes(span, document);
        else if (document.Kind == "函") document.Format = SpecialFormat.Letter;
    }

    private static void ReadDecree(DocumentSpan span, ExtractedDocument document, (string Organ, string Kind, SerialNumber? Serial) decree)
    {
        var mark = span.Start;
        document.Format = SpecialFormat.Decree;
        document.Title = span.At(mark, decree.Serial is { } s ? span[mark].Compact![..^s.Text.Length] : span[mark].Compact!);
        document.Kind = decree.Kind;
        document.Mark = span.At(mark, decree.Organ);
        document.TitleIssuers = [decree.Organ];
        if (decree.Serial is { } inline) document.Serial = span.At(mark, inline);
        else if (span.NextNonBlank(mark) is { } n && n <= span.HeadEnd && span[n].Compact is { } c && SerialNumber.TryParse(c) is { } serial)
            document.Serial = span.At(n, serial);
        else if (document.Number is null && span.NextNonBlank(mark) is { } o && o <= span.HeadEnd && SpecialHeads.OrdinaryNumber(span[o]) is { } number)
            document.Number = span.At(o, number);
        if (FindSignatory(span) is { } at) document.Signatory = span.At(at, Signatory.TryParse(span[at].Compact!)!);
        if (span.Date is { } date) document.Promulgated = RegulationTitle(span, date);
    }

    // The kinds of the rules a decree promulgates (规章: 规定, 办法, 细则…).
    private static readonly string[] RegulationKinds = ["办法", "规定", "条例", "细则", "规则", "规程", "决定"];

    /// <summary>The regulation's title after the decree's date: one or two short lines (a wrapped title) ending with its kind.</summary>
    private static Located<string>? RegulationTitle(DocumentSpan span, int date)
    {
        if (span.NextNonBlank(date) is not { } first || span[first].Kind != LineKind.Short) return null;
        var title = span[first].Compact!;
        if (!EndsWithRegulationKind(title) && span.NextNonBlank(first) is { } second && span[second].Kind == LineKind.Short) title += span[second].Compact;
        return EndsWithRegulationKind(title) ? span.At(first, title) : null;
    }

    private static bool EndsWithRegulationKind(string title)
    {
        var t = title.TrimEnd('）', ')').AsSpan();
        if (title.Length != t.Length && title.LastIndexOfAny(['（', '(']) is var open and > 0) t = title.AsSpan(0, open); // （试行）
        foreach (var kind in RegulationKinds)
        {
            if (t.EndsWith(kind, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The signatory's line: the line above the date, or (without a date) the first office and name after a
    /// finished sentence of the body.</summary>
    private static int? FindSignatory(DocumentSpan span)
    {
        if (span.Date is { } date)
        {
            return span.PreviousNonBlank(date) is { } above && above > span.HeadEnd && IsSignatory(span[above]) ? above : null;
        }
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            if (IsSignatory(span[i]) && span.PreviousNonBlank(i) is { } before && span[before].Kind == LineKind.Body) return i;
        }
        return null;
    }

    private static bool IsSignatory(in LineInfo line) => line.Kind == LineKind.Short && Signatory.TryParse(line.Compact!) is not null;

    private static void ReadMinutes(DocumentSpan span, ExtractedDocument document)
    {
        var mark = span.Start;
        var text = span[mark].Compact!;
        document.Format = SpecialFormat.Minutes;
        document.Title = span.At(mark, text);
        document.Kind = "纪要";
        if (SpecialHeads.MinutesOrgan(text) is { } organ)
        {
            document.Mark = span.At(mark, organ);
            document.TitleIssuers = [organ];
        }
        if (span.NextNonBlank(mark) is { } n && n <= span.HeadEnd)
        {
            if (span[n].Compact is { } c && SerialNumber.TryParse(c) is { } serial) document.Serial = span.At(n, serial);
            else if (document.Number is null && SpecialHeads.OrdinaryNumber(span[n]) is { } number) document.Number = span.At(n, number);
        }
        List<string>? labels = null;
        var first = 0;
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            if (AttendanceLabel(span[i]) is not { } label) continue;
            if (labels is null) first = i;
            (labels ??= []).Add(label);
        }
        if (labels is not null) document.Attendance = span.At<IReadOnlyList<string>>(first, labels);
    }

    /// <summary>出席：…, 列　席：… (the label, then a colon); null for any other line.</summary>
    private static string? AttendanceLabel(in LineInfo line)
    {
        var raw = line.Raw.AsSpan().TrimStart();
        if (raw.Length < 3) return null;
        Span<char> head = stackalloc char[3];
        var n = 0;
        foreach (var ch in raw)
        {
            if (char.IsWhiteSpace(ch)) continue;
            head[n++] = ch;
            if (n == 3) break;
        }
        if (n < 3 || head[2] is not ('：' or ':')) return null;
        foreach (var label in AttendanceLabels)
        {
            if (head[..2].SequenceEqual(label)) return label;
        }
        return null;
    }
}
