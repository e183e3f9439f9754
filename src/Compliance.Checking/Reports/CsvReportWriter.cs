using System.Buffers;
using System.Globalization;
using System.Text;

namespace Compliance.Checking.Reports;

/// <summary>One row per finding, for spreadsheets. Written to a file as UTF-8 with BOM (<see cref="Encoding"/>) so that
/// Excel shows the Chinese correctly. Streams: each bulletin's rows are flushed as they are written.</summary>
public sealed class CsvReportWriter(TextWriter output) : IPrerenderingReportWriter
{
    private const string Header = "source,document,docNumber,title,issuer,ruleId,severity,line,page,message,evidence,suggestion";
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));

    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes all reports as one CSV table.</summary>
    public static void Write(TextWriter output, IEnumerable<BulletinReport> reports)
    {
        using var writer = new CsvReportWriter(output);
        writer.WriteAll(reports);
    }

    public static string ToCsv(IEnumerable<BulletinReport> reports)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture);
        Write(sb, reports);
        return sb.ToString();
    }

    public void Begin()
    {
        _output.Write(Header);
        _output.Write("\r\n");
    }

    public void Write(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Rows(report);
        _output.Flush();
    }

    public RenderedReport Render(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        new CsvReportWriter(text).Rows(report);
        return new RenderedReport(text.ToString(), ReportTotals.Of(report));
    }

    public void Write(RenderedReport rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        _output.Write(rendered.Text ?? throw new ArgumentException("Not rendered by a CSV writer.", nameof(rendered)));
        _output.Flush();
    }

    private void Rows(BulletinReport report)
    {
        foreach (var f in report.Findings) Row(report, null, f);
        foreach (var d in report.Documents)
        {
            foreach (var f in d.Findings) Row(report, d, f);
        }
    }

    public void End() => _output.Flush();

    /// <summary>Leaves the underlying writer open: it belongs to the caller.</summary>
    public void Dispose() { }

    private void Row(BulletinReport r, DocumentReport? d, Finding f)
    {
        Cell(r.Source);
        _output.Write(',');
        if (d is not null) Number(d.Index);
        _output.Write(',');
        Cell(d?.DocNumber);
        _output.Write(',');
        Cell(d?.Title);
        _output.Write(',');
        Cell(d?.Issuer);
        _output.Write(',');
        Cell(f.RuleId);
        _output.Write(',');
        Cell(JsonReportWriter.SeverityName(f.Severity));
        _output.Write(',');
        if (f.Line is { } line) Number(line);
        _output.Write(',');
        if (f.Page is { } page) Number(page);
        _output.Write(',');
        Cell(f.Message);
        _output.Write(',');
        Cell(f.Evidence);
        _output.Write(',');
        Cell(f.Suggestion);
        _output.Write("\r\n");
    }

    private void Number(int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        _output.Write(digits[..written]);
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
    private void Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var formula = value[0] is '=' or '+' or '-' or '@';
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            if (formula) _output.Write('\'');
            _output.Write(value);
            return;
        }
        _output.Write('"');
        if (formula) _output.Write('\'');
        var rest = value.AsSpan();
        for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
        {
            _output.Write(rest[..(quote + 1)]);
            _output.Write('"');
            rest = rest[(quote + 1)..];
        }
        _output.Write(rest);
        _output.Write('"');
    }
}
