namespace Compliance.Checking.Tests;

public partial class SeedPartFindingsTests
{
    // Verdict: none. Only 000 prints imprints: its organ and 印发 date on lines of their own (洛阳市人民政府办公室 /
    // 2019年6月25日印发), after the local lines 主办 and 督办, each in the standard form and on or after the date of
    // signing (2019年6月25日 → 6月27日印发 is later, not earlier). No seed prints a 抄送 line; 001 and 002 print no
    // imprint (a gazette may drop it).
    private static readonly SeedFinding[] Imprint = [];
}
