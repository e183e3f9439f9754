namespace Compliance.Checking;

/// <summary>The result of checking one bulletin file.</summary>
public sealed record BulletinReport
{
    /// <summary>Where the bulletin came from: a path or a blob name.</summary>
    public required string Source { get; init; }

    /// <summary>Detected encoding (utf-8, utf-16le, utf-16be, gb18030) or container format (docx, pdf); null when unreadable.</summary>
    public string? Encoding { get; init; }

    /// <summary>Documents found, in order.</summary>
    public IReadOnlyList<DocumentReport> Documents { get; init; } = [];

    /// <summary>Findings that belong to the bulletin as a whole (unreadable input, table of contents).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>True when the input could not be read (a <c>structure.unreadable</c> finding is present).</summary>
    public bool IsUnreadable => Findings.Any(f => f.RuleId == RuleIds.StructureUnreadable);

    /// <summary>The reason the input could not be read, or null.</summary>
    public string? UnreadableReason => Findings.FirstOrDefault(f => f.RuleId == RuleIds.StructureUnreadable)?.Message;

    /// <summary>Every finding: the bulletin's own, then each document's.</summary>
    public IEnumerable<Finding> AllFindings => Findings.Concat(Documents.SelectMany(d => d.Findings));

    public int CountOf(Severity severity) => AllFindings.Count(f => f.Severity == severity);

    public int ErrorCount => CountOf(Severity.Error);

    public int WarningCount => CountOf(Severity.Warning);

    public int InfoCount => CountOf(Severity.Info);
}
