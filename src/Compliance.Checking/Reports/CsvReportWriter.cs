using System.Globalization;
using System.Text;

namespace Compliance.Checking.Reports;

/// <summary>One row per finding, for spreadsheets. UTF-8 with BOM so that Excel shows the Chinese correctly.</summary>
public static class CsvReportWriter
{
    private static readonly string[] Header =
        ["source", "document", "docNumber", "title", "issuer", "ruleId", "severity", "line", "page", "message", "evidence"];

    public static void Write(TextWriter output, IEnumerable<BulletinReport> reports)
    {
        output.Write(string.Join(",", Header));
        output.Write("\r\n");
        foreach (var report in reports)
        {
            foreach (var f in report.Findings) Row(output, report, null, f);
            foreach (var d in report.Documents)
            {
                foreach (var f in d.Findings) Row(output, report, d, f);
            }
        }
    }

    public static string ToCsv(IEnumerable<BulletinReport> reports)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture);
        Write(sb, reports);
        return sb.ToString();
    }

    private static void Row(TextWriter output, BulletinReport r, DocumentReport? d, Finding f)
    {
        string?[] cells =
        [
            r.Source, d?.Index.ToString(CultureInfo.InvariantCulture), d?.DocNumber, d?.Title, d?.Issuer, f.RuleId,
            JsonReportWriter.SeverityName(f.Severity), f.Line?.ToString(CultureInfo.InvariantCulture),
            f.Page?.ToString(CultureInfo.InvariantCulture), f.Message, f.Evidence,
        ];
        output.Write(string.Join(",", cells.Select(Escape)));
        output.Write("\r\n");
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
