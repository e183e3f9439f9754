using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compliance.Checking.Reports;

/// <summary>
/// Writes the JSON contract (README, "JSON output"): <c>{ "bulletins": [ { source, encoding, documents: [...], findings: [...] } ] }</c>.
/// Absent fields are null; severities are error, warning, info; Chinese is written as is, not escaped.
/// Streams: each bulletin is flushed to the stream as it is written.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Property names pre-encoded once rather than transcoded on every write.
    private static readonly JsonEncodedText Bulletins = JsonEncodedText.Encode("bulletins");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText EncodingName = JsonEncodedText.Encode("encoding");
    private static readonly JsonEncodedText Documents = JsonEncodedText.Encode("documents");
    private static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
    private static readonly JsonEncodedText StartLine = JsonEncodedText.Encode("startLine");
    private static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Issuer = JsonEncodedText.Encode("issuer");
    private static readonly JsonEncodedText Issuers = JsonEncodedText.Encode("issuers");
    private static readonly JsonEncodedText DocNumber = JsonEncodedText.Encode("docNumber");
    private static readonly JsonEncodedText Signature = JsonEncodedText.Encode("signature");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText DateText = JsonEncodedText.Encode("dateText");
    private static readonly JsonEncodedText PublicationMarker = JsonEncodedText.Encode("publicationMarker");
    private static readonly JsonEncodedText Addressees = JsonEncodedText.Encode("addressees");
    private static readonly JsonEncodedText Lines = JsonEncodedText.Encode("lines");
    private static readonly JsonEncodedText Mark = JsonEncodedText.Encode("mark");
    private static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText SeverityProperty = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Suggestion = JsonEncodedText.Encode("suggestion");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
    private static readonly JsonEncodedText Info = JsonEncodedText.Encode("info");

    private readonly Utf8JsonWriter _json;

    public JsonReportWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _json = new Utf8JsonWriter(output, Options);
    }

    /// <summary>Writes all reports as one JSON document.</summary>
    public static void Write(Stream output, IEnumerable<BulletinReport> reports)
    {
        using var writer = new JsonReportWriter(output);
        writer.WriteAll(reports);
    }

    public static string ToJson(IEnumerable<BulletinReport> reports)
    {
        using var buffer = new MemoryStream();
        Write(buffer, reports);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Begin()
    {
        _json.WriteStartObject();
        _json.WriteStartArray(Bulletins);
    }

    public void Write(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        WriteBulletin(_json, report);
        _json.Flush();
    }

    public void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private static void WriteBulletin(Utf8JsonWriter w, BulletinReport r)
    {
        w.WriteStartObject();
        w.WriteString(Source, r.Source);
        w.WriteString(EncodingName, r.Encoding);
        w.WriteStartArray(Documents);
        foreach (var d in r.Documents)
        {
            w.WriteStartObject();
            w.WriteNumber(Index, d.Index);
            w.WriteNumber(StartLine, d.StartLine);
            w.WriteNumber(EndLine, d.EndLine);
            WriteNullable(w, Page, d.Page);
            w.WriteString(Title, d.Title);
            w.WriteString(Kind, d.Kind);
            w.WriteString(Issuer, d.Issuer);
            w.WriteStartArray(Issuers);
            foreach (var issuer in d.Issuers) w.WriteStringValue(issuer);
            w.WriteEndArray();
            w.WriteString(DocNumber, d.DocNumber);
            w.WriteString(Signature, d.Signature);
            if (d.Date is { } date) WriteDate(w, date);
            else w.WriteNull(Date);
            w.WriteString(DateText, d.DateText);
            w.WriteString(PublicationMarker, d.PublicationMarker);
            w.WriteStartObject(Lines);
            WriteNullable(w, Mark, d.Lines.Mark);
            WriteNullable(w, Title, d.Lines.Title);
            WriteNullable(w, DocNumber, d.Lines.DocNumber);
            WriteNullable(w, Signature, d.Lines.Signature);
            WriteNullable(w, Date, d.Lines.Date);
            WriteNullable(w, PublicationMarker, d.Lines.PublicationMarker);
            WriteNullable(w, Addressees, d.Lines.Addressees);
            w.WriteEndObject();
            WriteFindings(w, d.Findings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteFindings(w, r.Findings);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        w.WriteString(Date, text[..written]);
    }

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteStartArray(Findings);
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString(RuleId, f.RuleId);
            w.WriteString(SeverityProperty, f.Severity switch { Severity.Error => Error, Severity.Warning => Warning, _ => Info });
            WriteNullable(w, Line, f.Line);
            WriteNullable(w, Page, f.Page);
            w.WriteString(Message, f.Message);
            w.WriteString(Evidence, f.Evidence);
            if (f.Suggestion is not null) w.WriteString(Suggestion, f.Suggestion);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, int? value)
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
