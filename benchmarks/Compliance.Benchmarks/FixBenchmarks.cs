using BenchmarkDotNet.Attributes;
using Compliance.Checking;
using Compliance.Checking.Configuration;
using Compliance.Checking.Fixing;
using Compliance.TestSupport;

namespace Compliance.Benchmarks;

/// <summary>
/// What the corrections and the layout rules cost, on the largest seed (002, 391 KB, 124 corrections over several
/// rounds): <c>compliance fix</c> of the text and of the same text as a .docx, and the check of that .docx with and
/// without its layout read (the layout rules on or off). One core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FixBenchmarks
{
    private readonly BulletinFixer _fixer = new();
    private readonly BulletinChecker _checker = new();
    private BulletinChecker _withoutLayout = null!;
    private byte[] _text = [];
    private byte[] _docx = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllBytes(Path.Combine(Paths.Seeds, "002_bc7c144ecaea1a61.txt"));
        _docx = HostileFiles.Docx(System.Text.Encoding.UTF8.GetString(_text).Split('\n'));
        var options = new CheckerOptions();
        foreach (var rule in Checking.Rules.RuleCatalog.Default.Descriptors.Where(d => d.Family == "layout"))
        {
            options.Rules[rule.Id] = new RuleSetting { Enabled = false };
        }
        _withoutLayout = new BulletinChecker(options);
        Console.WriteLine($"// text {_text.Length} bytes, docx {_docx.Length} bytes");
    }

    [Benchmark(Description = "fix seed 002 (text)")]
    public int FixText() => _fixer.Fix(_text, "002.txt").Applied.Count;

    [Benchmark(Description = "fix seed 002 (.docx, tracked changes)")]
    public int FixDocx() => _fixer.Fix(_docx, "002.docx").Applied.Count;

    [Benchmark(Description = "check seed 002 as .docx, layout read")]
    public int CheckDocx() => _checker.Check(_docx, "002.docx").Documents.Count;

    [Benchmark(Description = "check seed 002 as .docx, layout rules off")]
    public int CheckDocxWithoutLayout() => _withoutLayout.Check(_docx, "002.docx").Documents.Count;
}
