using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Compliance.Storage.Tables;

/// <summary>
/// (De)serializes <see cref="DocumentResultEntity.FindingsJson"/>: a JSON array of <see cref="FindingSummary"/>
/// with PascalCase names; <c>Severity</c> is the enum name (Error, Warning, Info). Chinese stays readable.
/// </summary>
public static class FindingSummaryJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(IEnumerable<FindingSummary> findings) => JsonSerializer.Serialize(findings.ToArray(), Options);

    public static IReadOnlyList<FindingSummary> Deserialize(string? json)
        => string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<FindingSummary[]>(json, Options) ?? [];
}
