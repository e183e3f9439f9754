using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compliance.Checking.Reports;

/// <summary>
/// Writes the JSON contract (README, "JSON output"): <c>{ "bulletins": [ { source, encoding, documents: [...], findings: [...] } ] }</c>.
/// Absent fields are null; severities are error, warning, info; Chinese is written as is, not escaped.
/// Streams: each bulletin is flushed to the stream as it is written.
/// </summary>
public sealed class JsonReportWriter : IPrerenderingReportWriter
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

    public RenderedReport Render(BulletinReport report) => RenderBulletin(report);

    /// <summary>The bulletin as it stands in the array, indentation before it included: rendered in a document of its
    /// own at the same depth, so that <see cref="Write(RenderedReport)"/> can put it in as it is,
    /// <see cref="JsonReportReader.ReadBulletin"/> can read it back, and <see cref="AddFindings"/> can add to it.</summary>
    public static RenderedReport RenderBulletin(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new PooledBufferWriter(64 * 1024);
        using var json = new Utf8JsonWriter(buffer, Options);
        OpenBulletinsArray(json);
        var bounds = new int[3 * report.Documents.Count];
        var origin = json.BytesCommitted + json.BytesPending;
        WriteBulletin(json, report, bounds, origin);
        json.Flush();
        return new RenderedReport(Held(buffer.WrittenSpan[(int)origin..]), ReportTotals.Of(report)) { DocumentBounds = bounds };
    }

    /// <summary>
    /// A rendered bulletin with findings added to some of its documents (by document index), each document's findings
    /// in line order as the checker gives them: the bytes <see cref="RenderBulletin"/> would give for the bulletin with
    /// those findings, made by reading back and writing again only the documents that change.
    /// </summary>
    public static RenderedReport AddFindings(RenderedReport rendered, IReadOnlyDictionary<int, IReadOnlyList<Finding>> added)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(added);
        if (rendered.Utf8 is not { } utf8 || rendered.DocumentBounds is not { } bounds)
            throw new ArgumentException("Not rendered by RenderBulletin.", nameof(rendered));
        if (added.Count == 0) return rendered;

        using var output = new PooledBufferWriter(utf8.Length + 8 * 1024 * added.Count);
        var newBounds = (int[])bounds.Clone();
        var copied = 0;
        var shift = 0;
        var totals = rendered.Totals;
        for (var i = 0; i < bounds.Length / 3; i++)
        {
            var (index, start, end) = (bounds[3 * i], bounds[3 * i + 1], bounds[3 * i + 2]);
            newBounds[3 * i + 1] = start + shift;
            if (added.TryGetValue(index, out var findings) && findings.Count > 0)
            {
                var document = JsonReportReader.ReadDocument(utf8.AsSpan(start, end - start));
                output.Write(utf8.AsSpan(copied, start - copied));
                var before = output.WrittenCount;
                WriteDocumentInPlace(output, document with { Findings = BulletinChecker.Ordered(document.Findings.Concat(findings)) }, first: i == 0);
                shift += output.WrittenCount - before - (end - start);
                copied = end;
                foreach (var f in findings) totals = totals.With(f.Severity);
            }
            newBounds[3 * i + 2] = end + shift;
        }
        output.Write(utf8.AsSpan(copied));
        return new RenderedReport(output.WrittenSpan.ToArray(), totals) { DocumentBounds = newBounds };
    }

    /// <summary>A document written as it stands in a bulletin's documents array, the separator before it included.</summary>
    private static void WriteDocumentInPlace(PooledBufferWriter output, DocumentReport document, bool first)
    {
        using var scratch = new PooledBufferWriter(16 * 1024);
        using var json = new Utf8JsonWriter(scratch, Options);
        OpenBulletinsArray(json);
        json.WriteStartObject();
        json.WriteStartArray(Documents);
        // A document after the first is preceded by a comma: a placeholder before it makes the writer put one.
        if (!first) json.WriteNullValue();
        var origin = json.BytesCommitted + json.BytesPending;
        WriteDocument(json, document);
        json.Flush();
        output.Write(scratch.WrittenSpan[(int)origin..]);
    }

    private static void OpenBulletinsArray(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray(Bulletins);
    }

    // Pinned-heap memory: a run holds these until its end, and the collector never copies what is there.
    private static byte[] Held(ReadOnlySpan<byte> bytes)
    {
        var held = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(held);
        return held;
    }

    public void Write(RenderedReport rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        if (rendered.Utf8 is not { } utf8) throw new ArgumentException("Not rendered by a JSON writer.", nameof(rendered));
        // The writer puts the comma between elements; the bytes bring their own line break and indentation.
        _json.WriteRawValue(utf8, skipInputValidation: true);
        _json.Flush();
    }

    public void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private static void WriteBulletin(Utf8JsonWriter w, BulletinReport r, int[]? documentBounds = null, long origin = 0)
    {
        w.WriteStartObject();
        w.WriteString(Source, r.Source);
        w.WriteString(EncodingName, r.Encoding);
        w.WriteStartArray(Documents);
        for (var i = 0; i < r.Documents.Count; i++)
        {
            // Each document's index and where it stands in the bytes, the separator before it included (see AddFindings).
            if (documentBounds is not null)
            {
                documentBounds[3 * i] = r.Documents[i].Index;
                documentBounds[3 * i + 1] = checked((int)(w.BytesCommitted + w.BytesPending - origin));
            }
            WriteDocument(w, r.Documents[i]);
            if (documentBounds is not null) documentBounds[3 * i + 2] = checked((int)(w.BytesCommitted + w.BytesPending - origin));
        }
        w.WriteEndArray();
        WriteFindings(w, r.Findings);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentReport d)
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
