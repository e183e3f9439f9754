
namespace Compliance.Checking.Rules;

/// <summary>Every rule of the checker. A new rule is one class implementing <see cref="IDocumentRule"/> or
/// <see cref="IBulletinRule"/> or <see cref="IRegistryRule"/>: the compiler lists it (<c>CreateRules</c>, written by
/// Compliance.Checking.Generators.RuleListGenerator), so that finding the rules costs no reflection at start.</summary>
public sealed partial class RuleCatalog
{
    public static RuleCatalog Default { get; } = new();

    private RuleCatalog()
    {
        var rules = CreateRules()
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
        DocumentRules = rules.OfType<IDocumentRule>().ToList();
        BulletinRules = rules.OfType<IBulletinRule>().ToList();
        RegistryRules = rules.OfType<IRegistryRule>().ToList();
        Descriptors = rules.Select(r => r.Descriptor).ToList();
    }

    /// <summary>Descriptors of all rules, ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    internal IReadOnlyList<IDocumentRule> DocumentRules { get; }

    internal IReadOnlyList<IBulletinRule> BulletinRules { get; }

    internal IReadOnlyList<IRegistryRule> RegistryRules { get; }

    public RuleDescriptor Get(string id) => Descriptors.First(d => d.Id == id);
}
