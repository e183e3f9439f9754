using BenchmarkDotNet.Attributes;
using Compliance.Checking.Extraction;
using Compliance.Checking.Extraction.Parts;
using Compliance.Checking.Reading;

namespace Compliance.Benchmarks;

/// <summary>
/// Splitting the three seeds into documents and reading every part of each, from text already read and made canonical:
/// the stage the parts beyond head and tail (issue 18) added their cost to. <see cref="Without"/> leaves one part reader
/// out (or all of them): the difference to "nothing" is what that reader costs, with what it saves the readers after it.
/// One core, JIT (the native command's figures differ in size, not in proportion).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private const string Nothing = "nothing";
    private const string Every = "every part reader";

    private SourceText[] _texts = [];
    private IPartReader[] _readers = [];

    [ParamsSource(nameof(Omissions))]
    public string Without { get; set; } = Nothing;

    public static IEnumerable<string> Omissions => [Nothing, Every, .. DocumentExtractor.PartReaders.Select(r => r.GetType().Name)];

    [GlobalSetup]
    public void Setup()
    {
        var reader = new BulletinReader();
        _texts = Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => reader.Read(File.ReadAllBytes(path)).Text ?? throw new InvalidOperationException($"{path} is unreadable"))
            .ToArray();
        _readers = Without == Every ? [] : DocumentExtractor.PartReaders.Where(r => r.GetType().Name != Without).ToArray();
    }

    [Benchmark(Description = "extract all seeds")]
    public int Extract()
    {
        var documents = 0;
        foreach (var text in _texts) documents += DocumentExtractor.Extract(text, null, _readers).Documents.Count;
        return documents;
    }
}
