using System.Globalization;
using System.Text.Json;

namespace Compliance.Checking.Reports;

/// <summary>
/// Reads back one bulletin as <see cref="JsonReportWriter"/> writes it: every field of the JSON contract, so that any
/// output format writes the report read back exactly as it writes the report itself. (Not in the contract, and so not
/// read back: a document's citations, number key and special format, which no output format writes.) A run holds its
/// reports in this form until the last file is checked: bytes cost the garbage collector nothing to keep, where the
/// reports' tens of thousands of small objects are copied at every promotion.
/// </summary>
public static class JsonReportReader
{
    public static BulletinReport ReadBulletin(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        Read(ref reader, JsonTokenType.StartObject);
        string? source = null, encoding = null;
        IReadOnlyList<DocumentReport> documents = [];
        IReadOnlyList<Finding> findings = [];
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case "source": source = reader.GetString(); break;
                case "encoding": encoding = reader.GetString(); break;
                case "documents": documents = ReadArray(ref reader, ReadDocument); break;
                case "findings": findings = ReadArray(ref reader, ReadFinding); break;
                default: reader.Skip(); break;
            }
        }
        return new BulletinReport
        {
            Source = source ?? throw new JsonException("A bulletin without its source."),
            Encoding = encoding,
            Documents = documents,
            Findings = findings,
        };
    }

    /// <summary>One document as the writer writes it in a bulletin's documents array; white space or a separating
    /// comma before it is passed over.</summary>
    internal static DocumentReport ReadDocument(ReadOnlySpan<byte> json)
    {
        var open = json.IndexOf((byte)'{');
        if (open < 0) throw new JsonException("A document was expected.");
        var reader = new Utf8JsonReader(json[open..]);
        Read(ref reader, JsonTokenType.StartObject);
        return ReadDocument(ref reader);
    }

    private delegate T ItemReader<out T>(ref Utf8JsonReader reader);

    private static List<T> ReadArray<T>(ref Utf8JsonReader reader, ItemReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("An array was expected.");
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(item(ref reader));
        return list;
    }

    private static DocumentReport ReadDocument(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A document was expected.");
        int index = 0, startLine = 0, endLine = 0;
        int? page = null;
        string? title = null, kind = null, issuer = null, docNumber = null, signature = null, dateText = null, marker = null;
        DateOnly? date = null;
        IReadOnlyList<string> issuers = [];
        var lines = new DocumentLines();
        IReadOnlyList<Finding> findings = [];
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case "index": index = reader.GetInt32(); break;
                case "startLine": startLine = reader.GetInt32(); break;
                case "endLine": endLine = reader.GetInt32(); break;
                case "page": page = NullableInt(ref reader); break;
                case "title": title = reader.GetString(); break;
                case "kind": kind = reader.GetString(); break;
                case "issuer": issuer = reader.GetString(); break;
                case "issuers": issuers = ReadArray(ref reader, static (ref Utf8JsonReader r) => r.GetString()!); break;
                case "docNumber": docNumber = reader.GetString(); break;
                case "signature": signature = reader.GetString(); break;
                case "date": date = reader.TokenType == JsonTokenType.Null ? null : ReadDate(reader.ValueSpan); break;
                case "dateText": dateText = reader.GetString(); break;
                case "publicationMarker": marker = reader.GetString(); break;
                case "lines": lines = ReadLines(ref reader); break;
                case "findings": findings = ReadArray(ref reader, ReadFinding); break;
                default: reader.Skip(); break;
            }
        }
        return new DocumentReport
        {
            Index = index, StartLine = startLine, EndLine = endLine, Page = page, Title = title, Kind = kind, Issuer = issuer,
            Issuers = issuers, DocNumber = docNumber, Signature = signature, Date = date, DateText = dateText,
            PublicationMarker = marker, Lines = lines, Findings = findings,
        };
    }

    private static DocumentLines ReadLines(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The lines of a document were expected.");
        var lines = new DocumentLines();
        while (NextProperty(ref reader) is { } name)
        {
            var line = NullableInt(ref reader);
            lines = name switch
            {
                "mark" => lines with { Mark = line },
                "title" => lines with { Title = line },
                "docNumber" => lines with { DocNumber = line },
                "signature" => lines with { Signature = line },
                "date" => lines with { Date = line },
                "publicationMarker" => lines with { PublicationMarker = line },
                "addressees" => lines with { Addressees = line },
                _ => lines,
            };
        }
        return lines;
    }

    private static Finding ReadFinding(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A finding was expected.");
        string? ruleId = null, message = null, evidence = null, suggestion = null;
        var severity = Severity.Info;
        int? line = null, page = null;
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case "ruleId": ruleId = reader.GetString(); break;
                case "severity":
                    severity = reader.GetString() switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info };
                    break;
                case "line": line = NullableInt(ref reader); break;
                case "page": page = NullableInt(ref reader); break;
                case "message": message = reader.GetString(); break;
                case "evidence": evidence = reader.GetString(); break;
                case "suggestion": suggestion = reader.GetString(); break;
                default: reader.Skip(); break;
            }
        }
        return new Finding(ruleId ?? throw new JsonException("A finding without its rule."), severity, message ?? "", line, evidence, page, suggestion);
    }

    /// <summary>The next property's name, with the reader on its value; null at the end of the object. The names are
    /// the writer's own (never escaped), taken from a fixed set rather than allocated for every property.</summary>
    private static string? NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject) return null;
        var span = reader.ValueSpan;
        string? name = null;
        foreach (var known in Names)
        {
            if (span.SequenceEqual(known.Utf8)) { name = known.Name; break; }
        }
        name ??= reader.GetString();
        reader.Read();
        return name;
    }

    private static readonly (byte[] Utf8, string Name)[] Names = [.. new[]
    {
        // Most frequent first: the properties of a finding, then those of a document.
        "ruleId", "severity", "line", "page", "message", "evidence", "suggestion", "findings",
        "index", "startLine", "endLine", "title", "kind", "issuer", "issuers", "docNumber", "signature", "date", "dateText",
        "publicationMarker", "lines", "mark", "addressees", "source", "encoding", "documents",
    }.Select(n => (System.Text.Encoding.UTF8.GetBytes(n), n))];

    // yyyy-MM-dd, as the writer writes it; parsed by hand, not through the culture's date machinery.
    private static DateOnly ReadDate(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            throw new JsonException("A date was expected as yyyy-MM-dd.");
        return new DateOnly(year, month, day);
    }

    private static int? NullableInt(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();

    private static void Read(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected) throw new JsonException($"{expected} was expected.");
    }
}
