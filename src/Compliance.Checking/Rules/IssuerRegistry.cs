using Compliance.Checking.Configuration;

namespace Compliance.Checking.Rules;

/// <summary>Which organs are known, and which agency codes (机关代字) belong to each. Local knowledge: configured per deployment.</summary>
public sealed class IssuerRegistry
{
    private readonly Dictionary<string, string[]> _codesByOrgan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organByCode = new(StringComparer.Ordinal);

    public IssuerRegistry(IEnumerable<KeyValuePair<string, string[]>> entries)
    {
        foreach (var (organ, codes) in entries)
        {
            _codesByOrgan[organ] = codes ?? [];
            foreach (var code in codes ?? []) _organByCode[code] = organ;
        }
    }

    public static IssuerRegistry From(CheckerOptions options)
        => new((options.ReplaceBuiltInIssuers ? Enumerable.Empty<KeyValuePair<string, string[]>>() : ComplianceConfiguration.BuiltInIssuers).Concat(options.Issuers));

    public bool IsKnown(string organ) => _codesByOrgan.ContainsKey(organ);

    /// <summary>Agency codes of a known organ (possibly none recorded).</summary>
    public IReadOnlyList<string> CodesOf(string organ) => _codesByOrgan.TryGetValue(organ, out var codes) ? codes : [];

    /// <summary>The organ an agency code belongs to, if the registry knows it.</summary>
    public string? OrganOf(string code) => _organByCode.GetValueOrDefault(code);

    public IEnumerable<string> Organs => _codesByOrgan.Keys;
}
