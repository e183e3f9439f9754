namespace Compliance.Checking;

/// <summary>One rule broken at one place.</summary>
/// <param name="RuleId">Stable rule id, <c>family.name</c>, e.g. <c>number.brackets</c>.</param>
/// <param name="Severity">Effective severity (after configuration overrides).</param>
/// <param name="Message">Message for the reader, in the catalog's language (Simplified Chinese by default).</param>
/// <param name="Line">1-based line in the source, or null when the finding concerns the whole file.</param>
/// <param name="Evidence">The text that shows the problem, as printed, or null.</param>
/// <param name="Page">1-based page for paged input (PDF); null for text.</param>
/// <param name="Suggestion">What to write in place of <paramref name="Evidence"/>, where the correction is determinate
/// (brackets, zero padding, numerals, a bracket's width); null where no single correction is right.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    int? Line,
    string? Evidence,
    int? Page = null,
    string? Suggestion = null);
