using BenchmarkDotNet.Attributes;
using Compliance.Checking;

namespace Compliance.Benchmarks;

/// <summary>
/// Check throughput over the three seeds (read, split, extract, all rules), one core. MB/s = total seed bytes / mean time;
/// allocated bytes per input byte = Allocated / total seed bytes (both printed by the MemoryDiagnoser columns).
/// </summary>
[MemoryDiagnoser]
public class CheckerBenchmarks
{
    private readonly BulletinChecker _checker = new();
    private byte[][] _seeds = [];

    /// <summary>Total input bytes per operation, for MB/s and bytes per input byte.</summary>
    public static long SeedBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        SeedBytes = _seeds.Sum(s => (long)s.Length);
        Console.WriteLine($"// seeds: {_seeds.Length} files, {SeedBytes} bytes");
    }

    [Benchmark(Description = "check all seeds")]
    public int CheckSeeds()
    {
        var findings = 0;
        foreach (var seed in _seeds) findings += _checker.Check(seed, "seed").Documents.Count;
        return findings;
    }
}
