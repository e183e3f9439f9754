
namespace Compliance.Checking.Rules;

/// <summary>Every rule of the checker. A new rule is one class implementing <see cref="IDocumentRule"/> or
/// <see cref="IBulletinRule"/>: it is found here by reflection, once.</summary>
public sealed class RuleCatalog
{
    public static RuleCatalog Default { get; } = new();

    private RuleCatalog()
    {
        var rules = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IRule)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
        DocumentRules = rules.OfType<IDocumentRule>().ToList();
        BulletinRules = rules.OfType<IBulletinRule>().ToList();
        Descriptors = rules.Select(r => r.Descriptor).ToList();
    }

    /// <summary>Descriptors of all rules, ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    internal IReadOnlyList<IDocumentRule> DocumentRules { get; }

    internal IReadOnlyList<IBulletinRule> BulletinRules { get; }

    public RuleDescriptor Get(string id) => Descriptors.First(d => d.Id == id);
}
