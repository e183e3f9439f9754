namespace Compliance.Checking.Configuration;

/// <summary>
/// Checker configuration, bound from <c>compliance.json</c> or from the <c>Checking</c> section of app settings.
/// Without any configuration the defaults apply: every rule on at its default severity, the built-in issuer registry.
/// </summary>
public sealed class CheckerOptions
{
    public const string SectionName = "Checking";

    /// <summary>Per-rule overrides, keyed by rule id.</summary>
    public Dictionary<string, RuleSetting> Rules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Issuer registry: organ full name → its agency codes (机关代字), e.g. 洛阳市人民政府办公室 → [洛政办].
    /// Entries here are added to (and override) the built-in registry.</summary>
    public Dictionary<string, string[]> Issuers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Standard short names (规范化简称) an organ may sign or head a document with: short name → full name,
    /// e.g. 洛阳市政府办公室 → 洛阳市人民政府办公室. (Writing 政府 for 人民政府 needs no entry.)</summary>
    public Dictionary<string, string> ShortNames { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When true, the built-in registry (covering the sample bulletins' issuers) is not used.</summary>
    public bool ReplaceBuiltInIssuers { get; set; }

    /// <summary>UI culture of the messages (default zh-Hans).</summary>
    public string Culture { get; set; } = "zh-Hans";

    /// <summary>Bounds on the work one bulletin may cause (<c>Checking:Limits</c>): sizes, ratios, pages, nesting, time.</summary>
    public CheckerLimits Limits { get; set; } = new();
}

/// <summary>Override for one rule.</summary>
public sealed class RuleSetting
{
    /// <summary>False disables the rule.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Severity to report instead of the rule's default; null keeps the default.</summary>
    public Severity? Severity { get; set; }
}
