using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Checking.Rules;

namespace Compliance.Checking.Reports;

/// <summary>SARIF 2.1.0, so that editors and code-scanning tools show the findings at their lines. Streams: the tool
/// and its rules are written first, then each bulletin's results are flushed to the stream as they are written.
/// A finding's correction is its result's <c>suggestion</c> property and, where the checked text file can be read
/// (<c>readSource</c>), a <c>fix</c> whose replacements are those <c>compliance fix</c> makes.</summary>
public sealed class SarifReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Utf8JsonWriter _json;
    private readonly MessageCatalog _messages;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly Func<string, byte[]?>? _readSource;

    /// <param name="readSource">The bytes of a checked file by its report's source (null when it cannot be read): with
    /// it, determinate corrections in text files become SARIF <c>fixes</c>.</param>
    public SarifReportWriter(Stream output, MessageCatalog? messages = null, Func<string, byte[]?>? readSource = null)
    {
        _readSource = readSource;
        ArgumentNullException.ThrowIfNull(output);
        _json = new Utf8JsonWriter(output, Options);
        _messages = messages ?? new MessageCatalog();
        _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = RuleCatalog.Default.Descriptors;
        for (var i = 0; i < rules.Count; i++) _ruleIndex[rules[i].Id] = i;
    }

    /// <summary>Writes all reports as one SARIF log.</summary>
    public static void Write(Stream output, IEnumerable<BulletinReport> reports, MessageCatalog? messages = null)
    {
        using var writer = new SarifReportWriter(output, messages);
        writer.WriteAll(reports);
    }

    public void Begin()
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "compliance");
        w.WriteString("informationUri", "https://github.com/compliance/compliance");
        w.WriteString("version", typeof(SarifReportWriter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        w.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.Default.Descriptors)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", _messages.Title(rule.Id));
            w.WriteEndObject();
            w.WriteString("helpUri", rule.HelpUri);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("family", rule.Family);
            w.WriteString("clause", "GB/T 9704-2012 " + rule.Clause);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
        w.Flush();
    }

    public void Write(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = _json;
        string? uri = null;
        Fixing.TextCorrector? source = null;
        var sourceRead = false;
        foreach (var f in report.AllFindings)
        {
            uri ??= ToUri(report.Source);
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            if (_ruleIndex.TryGetValue(f.RuleId, out var i)) w.WriteNumber("ruleIndex", i);
            w.WriteString("level", Level(f.Severity));
            w.WriteStartObject("message");
            w.WriteString("text", f.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", uri);
            w.WriteEndObject();
            if (f.Line is { } line)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", line);
                if (f.Evidence is { } evidence)
                {
                    w.WriteStartObject("snippet");
                    w.WriteString("text", evidence);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            if (f.Suggestion is { } suggestion && _readSource is not null && Fixing.TextCorrector.IsText(report.Encoding))
            {
                if (!sourceRead)
                {
                    sourceRead = true;
                    source = _readSource(report.Source) is { } bytes ? Fixing.TextCorrector.For(bytes, report.Encoding) : null;
                }
                if (source?.Replacements(f) is { Count: > 0 } replacements) WriteFix(w, uri, suggestion, replacements);
            }
            if (f.Page is not null || f.Suggestion is not null)
            {
                w.WriteStartObject("properties");
                if (f.Page is { } page) w.WriteNumber("page", page);
                if (f.Suggestion is { } s) w.WriteString("suggestion", s);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.Flush();
    }

    private static void WriteFix(Utf8JsonWriter w, string uri, string suggestion, IReadOnlyList<Fixing.Replacement> replacements)
    {
        w.WriteStartArray("fixes");
        w.WriteStartObject();
        w.WriteStartObject("description");
        w.WriteString("text", "应改为：" + suggestion);
        w.WriteEndObject();
        w.WriteStartArray("artifactChanges");
        w.WriteStartObject();
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteEndObject();
        w.WriteStartArray("replacements");
        foreach (var r in replacements)
        {
            w.WriteStartObject();
            w.WriteStartObject("deletedRegion");
            w.WriteNumber("startLine", r.StartLine);
            w.WriteNumber("startColumn", r.StartColumn);
            w.WriteNumber("endLine", r.EndLine);
            w.WriteNumber("endColumn", r.EndColumn);
            w.WriteEndObject();
            w.WriteStartObject("insertedContent");
            w.WriteString("text", r.Text);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    public void End()
    {
        var w = _json;
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    public void Dispose() => _json.Dispose();

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    // Relative paths stay relative (with forward slashes) so results resolve against the checked-out repository.
    private static string ToUri(string source)
        => Path.IsPathRooted(source) ? new Uri(source).AbsoluteUri : Uri.EscapeDataString(source.Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal);
}
