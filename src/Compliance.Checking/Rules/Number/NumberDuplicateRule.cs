namespace Compliance.Checking.Rules.Number;

internal sealed class NumberDuplicateRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberDuplicate, Severity.Error, "7.2.5");

    public void Check(BulletinContext context, FindingSink sink)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in context.Documents)
        {
            if (d.Number is not { } n) continue;
            if (first.TryGetValue(n.Value.Text, out var firstLine)) sink.ReportTo(d.Index, n.Line, n.Page, n.Value.Text, n.Value.Text, firstLine);
            else first[n.Value.Text] = n.Line;
        }
    }
}
