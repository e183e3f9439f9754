using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compliance.Checking.Reports;

/// <summary>
/// Writes the JSON contract (README, "JSON output"): <c>{ "bulletins": [ { source, encoding, documents: [...], findings: [...] } ] }</c>.
/// Absent fields are null; severities are error, warning, info; Chinese is written as is, not escaped.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, IEnumerable<BulletinReport> reports)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartArray("bulletins");
        foreach (var report in reports) WriteBulletin(w, report);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToJson(IEnumerable<BulletinReport> reports)
    {
        using var buffer = new MemoryStream();
        Write(buffer, reports);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteBulletin(Utf8JsonWriter w, BulletinReport r)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Source);
        w.WriteString("encoding", r.Encoding);
        w.WriteStartArray("documents");
        foreach (var d in r.Documents)
        {
            w.WriteStartObject();
            w.WriteNumber("index", d.Index);
            w.WriteNumber("startLine", d.StartLine);
            w.WriteNumber("endLine", d.EndLine);
            WriteNullable(w, "page", d.Page);
            w.WriteString("title", d.Title);
            w.WriteString("kind", d.Kind);
            w.WriteString("issuer", d.Issuer);
            w.WriteStartArray("issuers");
            foreach (var issuer in d.Issuers) w.WriteStringValue(issuer);
            w.WriteEndArray();
            w.WriteString("docNumber", d.DocNumber);
            w.WriteString("signature", d.Signature);
            w.WriteString("date", d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("dateText", d.DateText);
            w.WriteString("publicationMarker", d.PublicationMarker);
            w.WriteStartObject("lines");
            WriteNullable(w, "mark", d.Lines.Mark);
            WriteNullable(w, "title", d.Lines.Title);
            WriteNullable(w, "docNumber", d.Lines.DocNumber);
            WriteNullable(w, "signature", d.Lines.Signature);
            WriteNullable(w, "date", d.Lines.Date);
            WriteNullable(w, "publicationMarker", d.Lines.PublicationMarker);
            w.WriteEndObject();
            WriteFindings(w, d.Findings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteFindings(w, r.Findings);
        w.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter w, IEnumerable<Finding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("severity", SeverityName(f.Severity));
            WriteNullable(w, "line", f.Line);
            WriteNullable(w, "page", f.Page);
            w.WriteString("message", f.Message);
            w.WriteString("evidence", f.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
