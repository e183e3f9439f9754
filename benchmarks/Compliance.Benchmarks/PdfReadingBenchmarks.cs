using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Compliance.Checking.Reading;
using UglyToad.PdfPig;

namespace Compliance.Benchmarks;

/// <summary>
/// PDF throughput of <see cref="PdfBulletinReader"/> alone (text layer, lines, paragraphs, print furniture) over
/// the seed PDFs in tests/fixtures/pdf. The <c>Pages/s</c> column divides each PDF's page count by the mean time.
/// Run: <c>dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- --filter *PdfReading* --job short</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecondConfig))]
public class PdfReadingBenchmarks
{
    private readonly PdfBulletinReader _reader = new();
    private byte[] _content = [];

    [Params("seed-000-serif.pdf", "seed-000-sans.pdf", "seed-001-serif.pdf", "seed-001-sans.pdf", "seed-002-serif.pdf", "seed-002-sans.pdf")]
    public string Fixture { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _content = File.ReadAllBytes(FixturePaths.Pdf(Fixture));

    [Benchmark]
    public int Read()
    {
        var outcome = _reader.Read(_content);
        return outcome.Text?.Lines.Count ?? throw new InvalidOperationException($"{Fixture}: {outcome.Failure} {outcome.Detail}");
    }

    private sealed class PagesPerSecondConfig : ManualConfig
    {
        public PagesPerSecondConfig() => AddColumn(new PagesPerSecondColumn());
    }
}

/// <summary>Pages of the benchmark's <c>Fixture</c> PDF per second of mean time.</summary>
internal sealed class PagesPerSecondColumn : IColumn
{
    public string Id => nameof(PagesPerSecondColumn);
    public string ColumnName => "Pages/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "PDF pages read per second (page count / mean time)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (benchmarkCase.Parameters["Fixture"] is not string fixture || meanNanoseconds is not > 0) return "-";
        using var document = PdfDocument.Open(File.ReadAllBytes(FixturePaths.Pdf(fixture)));
        return (document.NumberOfPages / (meanNanoseconds.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Finds tests/fixtures/pdf from wherever BenchmarkDotNet runs the generated project.</summary>
internal static class FixturePaths
{
    public static string Pdf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "pdf", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/fixtures/pdf not found above " + AppContext.BaseDirectory, name);
    }
}
