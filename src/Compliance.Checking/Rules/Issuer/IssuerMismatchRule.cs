namespace Compliance.Checking.Rules.Issuer;

internal sealed class IssuerMismatchRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.IssuerMismatch, Severity.Error, "7.2.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Mark is not { } mark || d.TitleIssuers.Count == 0) return;
        if (!d.TitleIssuers.Any(issuer => context.Registry.SameOrgan(issuer, mark.Value)))
            sink.Report(d.Title!.Value.Line, d.Title.Value.Page, d.Title.Value.Value, mark.Value, string.Join("、", d.TitleIssuers));
    }
}
