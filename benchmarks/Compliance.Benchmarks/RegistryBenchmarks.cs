using BenchmarkDotNet.Attributes;
using Compliance.Checking;
using Compliance.Checking.Citations;

namespace Compliance.Benchmarks;

/// <summary>
/// What judging citations across a run costs `check` beyond checking each file: the registry entries of each report,
/// the registry of the run, and the judging, over the seeds copied 40 times (120 reports, as benchmarks/whole-process.sh
/// checks them). One core.
/// </summary>
[MemoryDiagnoser]
public class RegistryBenchmarks
{
    private readonly CitationChecker _citations = new();
    private List<BulletinReport> _reports = [];
    private List<RegistryEntries> _entries = [];
    private CitationRegistry _registry = null!;

    [GlobalSetup]
    public void Setup()
    {
        var checker = new BulletinChecker();
        var seeds = Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        _reports = Enumerable.Range(0, 40).SelectMany(copy => seeds.Select((s, i) => checker.Check(s, $"{copy:000}_{i}.txt"))).ToList();
        _entries = _reports.Select(RegistryEntries.Of).ToList();
        _registry = CitationRegistry.Of(_entries);
        Console.WriteLine($"// {_reports.Count} reports, {_entries.Sum(e => e.Documents.Count)} documents, {_entries.Sum(e => e.Citations.Count)} citations");
    }

    [Benchmark(Description = "registry entries of 120 reports")]
    public int Entries() => _reports.Sum(r => RegistryEntries.Of(r).Citations.Count);

    [Benchmark(Description = "registry of the run")]
    public int Registry() => CitationRegistry.Of(_entries).Citations.Count;

    [Benchmark(Description = "judge every report's citations")]
    public int Judge() => _entries.Sum(e => _citations.Judge(e, _registry).Count);
}
