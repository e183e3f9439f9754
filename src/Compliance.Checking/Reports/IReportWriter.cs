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
