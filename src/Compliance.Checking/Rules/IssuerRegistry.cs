using Compliance.Checking.Configuration;

namespace Compliance.Checking.Rules;

/// <summary>Which organs are known, and which agency codes (机关代字) belong to each. Local knowledge: configured per deployment.</summary>
public sealed class IssuerRegistry
{
    private readonly Dictionary<string, string[]> _codesByOrgan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organByCode = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _fullNames = new(StringComparer.Ordinal);

    public IssuerRegistry(IEnumerable<KeyValuePair<string, string[]>> entries, IEnumerable<KeyValuePair<string, string>>? shortNames = null)
    {
        foreach (var (shortName, fullName) in shortNames ?? []) _fullNames[shortName] = fullName;
        foreach (var (organ, codes) in entries)
        {
            _codesByOrgan[organ] = codes ?? [];
            foreach (var code in codes ?? []) _organByCode[code] = organ;
        }
    }

    public static IssuerRegistry From(CheckerOptions options)
        => new((options.ReplaceBuiltInIssuers ? Enumerable.Empty<KeyValuePair<string, string[]>>() : ComplianceConfiguration.BuiltInIssuers).Concat(options.Issuers),
               options.ShortNames);

    /// <summary>The full name of an organ written by its registered short name; the name itself otherwise.</summary>
    public string FullName(string organ) => _fullNames.GetValueOrDefault(organ, organ);

    /// <summary>True when two names denote the same organ: through a registered short name, or the 政府/人民政府 rule.</summary>
    public bool SameOrgan(string a, string b) => Analysis.OrganNames.SameOrgan(FullName(a), FullName(b));

    /// <summary>True for a short name registered in <c>shortNames</c>.</summary>
    public bool IsShortName(string name) => _fullNames.ContainsKey(name);

    public bool IsKnown(string organ) => _codesByOrgan.ContainsKey(FullName(organ));

    /// <summary>Agency codes of a known organ (possibly none recorded).</summary>
    public IReadOnlyList<string> CodesOf(string organ) => _codesByOrgan.TryGetValue(FullName(organ), out var codes) ? codes : [];

    /// <summary>The organ an agency code belongs to, if the registry knows it.</summary>
    public string? OrganOf(string code) => _organByCode.GetValueOrDefault(code);

    public IEnumerable<string> Organs => _codesByOrgan.Keys;
}
