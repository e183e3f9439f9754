using System.Reflection;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests;

/// <summary>A finding expected on a sample bulletin: which document, which rule, which line, and what was printed there.</summary>
public sealed record SeedFinding(string Seed, int Document, string RuleId, int Line, string? Evidence)
{
    public override string ToString() => $"{Seed} #{Document} {RuleId} @{Line} {Evidence}";
}

/// <summary>
/// Every finding the rules on the parts beyond head and tail (addressees, headings, attachments, imprint, title
/// punctuation, punctuation habit) give on the sample bulletins, each read and judged (the verdicts are in the README):
/// exactly these, no more, no fewer. Each family keeps its expected findings in its own file of this partial class,
/// as a static <see cref="SeedFinding"/> array.
/// </summary>
public partial class SeedPartFindingsTests
{
    public static TheoryData<string> Seeds => new(TaggedSeeds());

    private static IEnumerable<string> TaggedSeeds() => ["000_49e847614e3d52cb.txt", "001_9ce87f5440d1c5bb.txt", "002_bc7c144ecaea1a61.txt"];

    private static IEnumerable<SeedFinding> Expected()
        => typeof(SeedPartFindingsTests).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType == typeof(SeedFinding[]))
            .SelectMany(f => (SeedFinding[])f.GetValue(null)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sample_bulletin_has_exactly_the_part_findings_read_and_judged(string seed)
    {
        var report = Samples.Checker().Check(File.ReadAllBytes(RepositoryPaths.SeedPath(seed)), seed);

        var actual = report.Documents
            .SelectMany(d => d.Findings.Where(f => !SeedTests.HeadAndTailRules.Contains(f.RuleId))
                .Select(f => new SeedFinding(seed, d.Index, f.RuleId, f.Line ?? 0, f.Evidence)))
            .Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
        var expected = Expected().Where(f => f.Seed == seed).Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"expected but not found:\n  {string.Join("\n  ", missing)}\nfound but not expected:\n  {string.Join("\n  ", extra)}");
    }
}
