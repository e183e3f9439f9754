namespace Compliance.Checking.Rules;

/// <summary>
/// Describes a rule the way an analyzer describes a diagnostic: stable id, family, default severity, the clause of
/// GB/T 9704-2012 it enforces, and where its documentation lives. Title and message come from the message catalog.
/// </summary>
public sealed record RuleDescriptor(string Id, Severity DefaultSeverity, string Clause)
{
    /// <summary>The family: the part of the id before the dot (number, title, issuer, date, signature, publication, structure).</summary>
    public string Family => Id[..Id.IndexOf('.')];

    /// <summary>Relative link to the rule's documentation.</summary>
    public string HelpUri => $"docs/rules.md#{Id.Replace('.', '-')}";
}
