using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Compliance.Benchmarks;

/// <summary>Adds MB/s and allocated bytes per input byte, from the mean time and the memory diagnoser's figure.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn("MB/s", (bytes, summary, c) =>
            summary[c]?.ResultStatistics is { } stats ? (bytes / 1e6 / (stats.Mean / 1e9)).ToString("F1") : "—"));
        AddColumn(new ThroughputColumn("B alloc/B in", (bytes, summary, c) =>
            summary[c] is { } report && report.GcStats.GetBytesAllocatedPerOperation(c) is { } allocated ? (allocated / (double)bytes).ToString("F2") : "—"));
    }

    private sealed class ThroughputColumn(string name, Func<long, Summary, BenchmarkCase, string> value) : IColumn
    {
        public string Id => nameof(ThroughputColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name == "MB/s" ? "Input megabytes checked per second" : "Bytes allocated per byte of input";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(SeedSet.TotalBytes, summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}

/// <summary>The seeds, as the benchmark reads them (the column runs in the host process, so it reads the sizes itself).</summary>
internal static class SeedSet
{
    public static long TotalBytes => Directory.GetFiles(Paths.Seeds, "*.txt").Sum(f => new FileInfo(f).Length);
}
