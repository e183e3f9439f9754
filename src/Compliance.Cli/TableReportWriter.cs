using System.Globalization;
using Compliance.Checking;
using Compliance.Checking.Reports;

namespace Compliance.Cli;

/// <summary>
/// The default, human-readable output: one table of findings per bulletin, then a summary line. Plain text aligned
/// by display width (a Chinese character takes two columns), no colour; the message column is last and never
/// wrapped, so a long message stays on its row. Streams: each bulletin's table is flushed as it is written.
/// </summary>
internal sealed class TableReportWriter(TextWriter output) : IPrerenderingReportWriter
{
    private const string Indent = "  ";
    private const string Gap = "   ";
    private static readonly string[] Headers = ["行", "级别", "规则", "文号", "说明"];

    private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));
    private int _files, _documents, _errors, _warnings, _infos, _unreadable;

    /// <summary>Writes all reports as one listing.</summary>
    public static void Write(TextWriter output, IEnumerable<BulletinReport> reports)
    {
        using var writer = new TableReportWriter(output);
        writer.WriteAll(reports);
    }

    public void Begin() { }

    public void Write(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var totals = ReportTotals.Of(report);
        Count(totals);
        WriteTable(_output, report, totals);
        _output.Flush();
    }

    public RenderedReport Render(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var totals = ReportTotals.Of(report);
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = _output.NewLine };
        WriteTable(text, report, totals);
        return new RenderedReport(text.ToString(), totals);
    }

    public void Write(RenderedReport rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        Count(rendered.Totals);
        _output.Write(rendered.Text ?? throw new ArgumentException("Not rendered by a table writer.", nameof(rendered)));
        _output.Flush();
    }

    /// <summary>Adds a report to the summary line written at the end.</summary>
    private void Count(ReportTotals totals)
    {
        _files++;
        _documents += totals.Documents;
        _errors += totals.Errors;
        _warnings += totals.Warnings;
        _infos += totals.Infos;
        if (totals.Unreadable) _unreadable++;
    }

    /// <summary>One bulletin's heading line and table of findings.</summary>
    private static void WriteTable(TextWriter o, BulletinReport report, ReportTotals totals)
    {
        var rows = new List<string[]>();
        foreach (var f in report.Findings) rows.Add(Row(null, f));
        foreach (var d in report.Documents)
        {
            foreach (var f in d.Findings) rows.Add(Row(d, f));
        }

        o.Write(report.Source);
        o.Write("  编码：");
        o.Write(report.Encoding ?? "—");
        o.Write(FormattableString.Invariant($"  公文：{totals.Documents} 件  错误 {totals.Errors} · 警告 {totals.Warnings} · 提示 {totals.Infos}"));
        o.WriteLine();
        if (rows.Count == 0)
        {
            o.WriteLine(Indent + "未发现问题。");
            o.WriteLine();
            return;
        }

        // Column widths over the header and every row; the last column (the message) is not padded.
        var widths = new int[Headers.Length - 1];
        for (var c = 0; c < widths.Length; c++) widths[c] = DisplayWidth(Headers[c]);
        var messageWidth = DisplayWidth(Headers[^1]);
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++) widths[c] = Math.Max(widths[c], DisplayWidth(row[c]));
            messageWidth = Math.Max(messageWidth, DisplayWidth(row[^1]));
        }

        o.WriteLine();
        WriteRow(o, Headers, widths);
        o.Write(Indent);
        var ruleWidth = widths.Sum() + Gap.Length * widths.Length + Math.Min(messageWidth, 40);
        o.Write(new string('─', ruleWidth));
        o.WriteLine();
        foreach (var row in rows) WriteRow(o, row, widths);
        o.WriteLine();
    }

    public void End()
    {
        var unreadable = _unreadable > 0 ? FormattableString.Invariant($"；{_unreadable} 个文件无法读取") : "";
        _output.WriteLine(FormattableString.Invariant($"共检查 {_files} 个文件、{_documents} 件公文：错误 {_errors}，警告 {_warnings}，提示 {_infos}{unreadable}。"));
        _output.Flush();
    }

    /// <summary>Leaves the underlying writer open: it belongs to the caller.</summary>
    public void Dispose() { }

    private static void WriteRow(TextWriter o, string[] cells, int[] widths)
    {
        o.Write(Indent);
        for (var c = 0; c < widths.Length; c++)
        {
            o.Write(cells[c]);
            var pad = widths[c] - DisplayWidth(cells[c]) + Gap.Length;
            for (var i = 0; i < pad; i++) o.Write(' ');
        }
        o.Write(cells[^1]);
        o.WriteLine();
    }

    private static string[] Row(DocumentReport? doc, Finding f) =>
    [
        f.Page is { } p ? FormattableString.Invariant($"{f.Line} (第{p}页)") : f.Line?.ToString(CultureInfo.InvariantCulture) ?? "—",
        SeverityLabel(f.Severity),
        f.RuleId,
        doc?.DocNumber ?? (doc is null ? "（全文）" : "#" + doc.Index.ToString(CultureInfo.InvariantCulture)),
        f.Suggestion is null ? OneLine(f.Message) : OneLine(f.Message) + " 应改为：" + OneLine(Shown(f.Evidence, f.Suggestion)),
    ];

    // A heading's correction is its marker: the table shows what changes, with a few characters around it.
    private static string Shown(string? evidence, string suggestion)
        => evidence is null ? suggestion : Checking.Fixing.CorrectionExcerpt.Of(evidence, suggestion, context: 12).After;

    // A message or evidence never breaks the table: line breaks inside it become spaces.
    private static string OneLine(string text) => text.AsSpan().IndexOfAny('\r', '\n') < 0 ? text : text.ReplaceLineEndings(" ");

    /// <summary>Columns the text takes in a terminal: East Asian wide and full-width characters take two.</summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Supplementary planes: CJK extensions B and beyond (U+20000–U+3FFFD) are wide; most others are emoji, also wide.
                width += 2;
                i++;
            }
            else width += IsWide(c) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(char c) => c >= '\u1100' && (
        c <= '\u115F' ||                      // Hangul Jamo initials
        (c >= '\u2E80' && c <= '\u303E') ||   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        (c >= '\u3041' && c <= '\u33FF') ||   // kana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed, compatibility
        (c >= '\u3400' && c <= '\u4DBF') ||   // CJK extension A
        (c >= '\u4E00' && c <= '\u9FFF') ||   // CJK unified ideographs
        (c >= '\uA000' && c <= '\uA4CF') ||   // Yi
        (c >= '\uAC00' && c <= '\uD7A3') ||   // Hangul syllables
        (c >= '\uF900' && c <= '\uFAFF') ||   // CJK compatibility ideographs
        (c >= '\uFE30' && c <= '\uFE4F') ||   // CJK compatibility forms
        (c >= '\uFF00' && c <= '\uFF60') ||   // full-width forms
        (c >= '\uFFE0' && c <= '\uFFE6'));

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
