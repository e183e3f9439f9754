namespace Compliance.Checking.Rules.Signature;

internal sealed class SignatureMismatchRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.SignatureMismatch, Severity.Error, "7.3.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        // Minutes are not signed: an organ beside their date is the office that compiled them.
        if (d.Signature is not { } signature || d.Format == SpecialFormat.Minutes) return;
        // The title's issuers (joint documents list several); without them, the mark.
        IReadOnlyList<string> expected = d.TitleIssuers.Count > 0 ? d.TitleIssuers : d.Mark is { } mark ? [mark.Value] : [];
        if (expected.Count == 0) return;
        var matches = signature.Value.Count == expected.Count
            && signature.Value.All(signed => expected.Any(issuer => context.Registry.SameOrgan(signed, issuer)));
        if (!matches)
        {
            var signed = string.Join("、", signature.Value);
            sink.Report(signature.Line, signature.Page, signed, signed, string.Join("、", expected));
        }
    }
}
