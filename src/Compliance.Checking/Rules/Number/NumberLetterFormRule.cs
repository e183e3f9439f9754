namespace Compliance.Checking.Rules.Number;

/// <summary>
/// A letter (title ending with 函) whose number has no 函 in its agency code: GB/T 9704 10.1 numbers letters apart
/// (江政办函〔2019〕5号). A warning: the document may be a letter reprinted with the number of the notice it was sent
/// under, and an office's letter series is its own choice; the opposite (函 in the number of a notice) is common
/// practice and not reported.
/// </summary>
internal sealed class NumberLetterFormRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberLetterForm, Severity.Warning, "10.1");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Format == SpecialFormat.Letter && d.Number is { } n && n.Value.AgencyCode.Length > 0 && !n.Value.AgencyCode.Contains('函'))
            sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text);
    }
}
