using BenchmarkDotNet.Attributes;
using Compliance.Checking;

namespace Compliance.Benchmarks;

/// <summary>
/// Check throughput over the three seeds (read, split, extract, all rules), one core. MB/s = total seed bytes / mean time;
/// allocated bytes per input byte = Allocated / total seed bytes (both printed by the MemoryDiagnoser columns).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CheckerBenchmarks
{
    private readonly BulletinChecker _checker = new();
    private byte[][] _seeds = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        Console.WriteLine($"// seeds: {_seeds.Length} files, {_seeds.Sum(s => (long)s.Length)} bytes");
    }

    [Benchmark(Description = "check all seeds")]
    public int CheckSeeds()
    {
        var documents = 0;
        foreach (var seed in _seeds) documents += _checker.Check(seed, "seed").Documents.Count;
        return documents;
    }
}
