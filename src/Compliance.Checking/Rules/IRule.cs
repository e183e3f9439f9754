namespace Compliance.Checking.Rules;

/// <summary>A rule: a descriptor and a check.</summary>
internal interface IRule
{
    RuleDescriptor Descriptor { get; }
}

/// <summary>A rule on one document.</summary>
internal interface IDocumentRule : IRule
{
    void Check(DocumentContext context, FindingSink sink);
}

/// <summary>A rule on the bulletin as a whole (across documents, or on its table of contents).</summary>
internal interface IBulletinRule : IRule
{
    void Check(BulletinContext context, FindingSink sink);
}

/// <summary>A rule on one citation against the documents and citations already seen (<see cref="Citations.CitationRegistry"/>):
/// run by <see cref="Citations.CitationChecker"/> once the registry is known, not by the bulletin's own check.</summary>
internal interface IRegistryRule : IRule
{
    void Check(RegistryContext context, FindingSink sink);
}
