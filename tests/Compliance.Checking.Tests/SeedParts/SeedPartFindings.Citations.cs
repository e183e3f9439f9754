namespace Compliance.Checking.Tests;

public partial class SeedPartFindingsTests
{
    // Verdicts. The sample bulletins cite 73 documents by number (24, 30 and 19: README, "Citations"); the one number
    // written alone without the document having been cited in full is 002 #11's 晋政办发〔2019〕37号 (…未按晋政办发〔2019〕37号
    // 文件要求完成的县…): the title comes first. 000 #6 writes 豫自然资办函〔2019〕23号 and 自然资办函〔2019〕343号 alone
    // three times, each after citing them in full (no finding); 001 #13's 国发〔2014〕43号 stands inside a cited title.
    private static readonly SeedFinding[] Citations =
    [
        new("002_bc7c144ecaea1a61.txt", 11, RuleIds.CitationNumberWithoutTitle, 2789, "晋政办发〔2019〕37号"),
    ];
}
