using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Checking.Rules;

namespace Compliance.Checking.Reports;

/// <summary>SARIF 2.1.0, so that editors and code-scanning tools show the findings at their lines. Streams: the tool
/// and its rules are written first, then each bulletin's results are flushed to the stream as they are written.</summary>
public sealed class SarifReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Utf8JsonWriter _json;
    private readonly MessageCatalog _messages;
    private readonly Dictionary<string, int> _ruleIndex;

    public SarifReportWriter(Stream output, MessageCatalog? messages = null)
    {
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
        w.WriteStartArray("results");
        w.Flush();
    }

    public void Write(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = _json;
        string? uri = null;
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
            if (f.Page is { } page)
            {
                w.WriteStartObject("properties");
                w.WriteNumber("page", page);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.Flush();
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
