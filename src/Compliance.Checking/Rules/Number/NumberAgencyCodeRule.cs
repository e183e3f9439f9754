namespace Compliance.Checking.Rules.Number;

internal sealed class NumberAgencyCodeRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberAgencyCode, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Number is not { } n || d.Issuer is not { } issuer || !context.Registry.IsKnown(issuer)) return;
        var codes = context.Registry.CodesOf(issuer);
        if (codes.Count == 0 || n.Value.AgencyCode.Length == 0 || codes.Contains(n.Value.AgencyCode, StringComparer.Ordinal) || IsSeriesCode(n.Value.AgencyCode, codes)) return;
        sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text, n.Value.AgencyCode, issuer, string.Join("、", codes));
    }

    /// <summary>
    /// A registered code marked as a letter's (GB/T 9704 10.1) or the minutes' (10.3): 函 or 纪 added (江政办 → 江政办函,
    /// 江政 → 江政纪) or in the place of 发 (江政发 → 江政函). Offices number letters, minutes and often other documents in
    /// such series without registering each form.
    /// </summary>
    private static bool IsSeriesCode(string code, IReadOnlyList<string> codes)
    {
        if (code.Length < 2 || code[^1] is not ('函' or '纪')) return false;
        var stem = code[..^1];
        foreach (var registered in codes)
        {
            if (registered == stem || registered.Length == code.Length && registered[^1] == '发' && registered.StartsWith(stem, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
