namespace Compliance.Checking.Tests;

public partial class SeedPartFindingsTests
{
    // Verdict: each of these documents writes at least two thirds of its marks half-width ((一) , : from the PDF it
    // was converted from): one informational finding each, at the first half-width mark. 001 #7 and #9 and most of
    // 002 mix both widths more evenly: no habit, so their half-width marks are judged one by one.
    private static readonly SeedFinding[] PunctuationHalfWidth =
    [
        .. new[] { (1, 9), (2, 203), (3, 364), (4, 455), (5, 557), (6, 629), (8, 1547), (10, 1742), (11, 1809), (12, 1919), (13, 1991), (14, 2176), (15, 2295), (16, 2407) }
            .Select(d => new SeedFinding("001_9ce87f5440d1c5bb.txt", d.Item1, RuleIds.PunctuationHalfWidth, d.Item2, null)),
        new("002_bc7c144ecaea1a61.txt", 1, RuleIds.PunctuationHalfWidth, 77, null),
        new("002_bc7c144ecaea1a61.txt", 8, RuleIds.PunctuationHalfWidth, 1698, null),
    ];
}
