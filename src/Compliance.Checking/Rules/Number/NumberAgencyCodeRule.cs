namespace Compliance.Checking.Rules.Number;

internal sealed class NumberAgencyCodeRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberAgencyCode, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Number is not { } n || d.Issuer is not { } issuer || !context.Registry.IsKnown(issuer)) return;
        var codes = context.Registry.CodesOf(issuer);
        if (codes.Count == 0 || codes.Contains(n.Value.AgencyCode, StringComparer.Ordinal)) return;
        sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text, n.Value.AgencyCode, issuer, string.Join("、", codes));
    }
}
