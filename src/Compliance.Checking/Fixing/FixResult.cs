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

/// <summary>One replacement in a text file: the region from (<see cref="StartLine"/>, <see cref="StartColumn"/>) to
/// (<see cref="EndLine"/>, <see cref="EndColumn"/>), 1-based, columns in UTF-16 code units, the end exclusive (an empty
/// region is an insertion), becomes <see cref="Text"/>.</summary>
public sealed record Replacement(int StartLine, int StartColumn, int EndLine, int EndColumn, string Text);
