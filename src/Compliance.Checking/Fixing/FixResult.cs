namespace Compliance.Checking.Fixing;

/// <summary>One correction written into the copy: at <see cref="Line"/>, <see cref="Before"/> became <see cref="After"/>.</summary>
public sealed record AppliedCorrection(string RuleId, int Line, string Before, string After, string Message);

/// <summary>A determinate correction the copy does not carry, and why (in the catalog's language).</summary>
public sealed record UnappliedCorrection(Finding Finding, string Reason);

/// <summary>
/// What <see cref="BulletinFixer"/> made of one file: the corrected copy (null when the file could not be rewritten,
/// <see cref="Refusal"/> says why), the corrections it carries, and those it could not make.
/// </summary>
public sealed record FixResult(
    byte[]? Content,
    IReadOnlyList<AppliedCorrection> Applied,
    IReadOnlyList<UnappliedCorrection> NotApplied,
    string? Refusal = null);
