namespace Compliance.Checking.Tests.Layouts;

/// <summary>What a reader of the findings sees of one document, without line numbers (variants move lines).</summary>
internal sealed record DocumentFingerprint(int Index, string? Title, string? Kind, string? Issuer, string Issuers, string? DocNumber,
    string? Signature, string? Date, string? DateText, string? Marker, string RuleIds)
{
    public static DocumentFingerprint Of(DocumentReport d) => new(d.Index, d.Title, d.Kind, d.Issuer, string.Join("|", d.Issuers), d.DocNumber,
        d.Signature, d.Date?.ToString("yyyy-MM-dd"), d.DateText, d.PublicationMarker,
        string.Join(",", d.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal)));

    public static List<DocumentFingerprint> Of(BulletinReport r) => r.Documents.Select(Of).ToList();

    public static string BulletinRuleIds(BulletinReport r) => string.Join(",", r.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
}
