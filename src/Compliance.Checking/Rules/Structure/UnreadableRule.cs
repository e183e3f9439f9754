namespace Compliance.Checking.Rules.Structure;

/// <summary>Unreadable input. Reported by the checker itself (there is nothing to run the other rules on);
/// registered here so that it is described, documented and configurable like every other rule.</summary>
internal sealed class UnreadableRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StructureUnreadable, Severity.Error, "—");
}
