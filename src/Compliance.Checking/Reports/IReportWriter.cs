namespace Compliance.Checking.Reports;

/// <summary>
/// A report format written as a stream, so that a run over many bulletins holds one report at a time:
/// <see cref="Begin"/> once, <see cref="Write"/> for each bulletin in order, <see cref="End"/> once.
/// Each <see cref="Write"/> passes its output on to the underlying stream or writer.
/// </summary>
public interface IReportWriter : IDisposable
{
    /// <summary>Writes what comes before the first bulletin (a header, an opening bracket).</summary>
    void Begin();

    /// <summary>Writes one bulletin's report.</summary>
    void Write(BulletinReport report);

    /// <summary>Writes what comes after the last bulletin (closing brackets, a summary) and flushes.</summary>
    void End();
}

/// <summary>Writes a whole sequence of reports with an <see cref="IReportWriter"/>.</summary>
public static class ReportWriterExtensions
{
    public static void WriteAll(this IReportWriter writer, IEnumerable<BulletinReport> reports)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        writer.Begin();
        foreach (var report in reports) writer.Write(report);
        writer.End();
    }
}

/// <summary>
/// A report format that can render one bulletin's part of the output ahead of its turn, on any thread, and write it
/// later exactly as <see cref="IReportWriter.Write"/> would have. <c>compliance check</c> holds the reports of a run
/// until the last file is checked (citations are judged across the run); the workers render each report as they
/// finish it, and only the reports the registry changes are rendered again at the end.
/// </summary>
public interface IPrerenderingReportWriter : IReportWriter
{
    /// <summary>What <see cref="IReportWriter.Write"/> would write for <paramref name="report"/>. Touches no state of
    /// this writer: safe to call from several threads at once, and while the writer writes.</summary>
    RenderedReport Render(BulletinReport report);

    /// <summary>Writes what <see cref="Render"/> gave: the same output, and the same effect on what the writer writes
    /// at the end (a summary line), as <see cref="IReportWriter.Write"/> of the report itself.</summary>
    void Write(RenderedReport rendered);
}

/// <summary>One bulletin's part of a report, rendered ahead (<see cref="IPrerenderingReportWriter.Render"/>): UTF-8
/// bytes for the formats written to a stream, text for those written to a <see cref="TextWriter"/>, and the report's
/// totals.</summary>
public sealed class RenderedReport
{
    public RenderedReport(byte[] utf8, ReportTotals totals)
    {
        Utf8 = utf8 ?? throw new ArgumentNullException(nameof(utf8));
        Totals = totals;
    }

    public RenderedReport(string text, ReportTotals totals)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Totals = totals;
    }

    public byte[]? Utf8 { get; }

    public string? Text { get; }

    public ReportTotals Totals { get; }

    /// <summary>For a JSON bulletin: each document's index, and the start and end of its bytes (the separator before it
    /// included), three numbers per document (<see cref="JsonReportWriter.AddFindings"/>).</summary>
    internal int[]? DocumentBounds { get; init; }
}

/// <summary>What a run's summary and exit code need of one bulletin's report.</summary>
public readonly record struct ReportTotals(int Documents, int Errors, int Warnings, int Infos, bool Unreadable)
{
    public static ReportTotals Of(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int errors = 0, warnings = 0, infos = 0;
        foreach (var f in report.AllFindings)
        {
            switch (f.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }
        return new ReportTotals(report.Documents.Count, errors, warnings, infos, report.IsUnreadable);
    }

    /// <summary>These totals with one more finding of the severity.</summary>
    public ReportTotals With(Severity severity) => severity switch
    {
        Severity.Error => this with { Errors = Errors + 1 },
        Severity.Warning => this with { Warnings = Warnings + 1 },
        _ => this with { Infos = Infos + 1 },
    };
}
