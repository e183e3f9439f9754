using BenchmarkDotNet.Running;
using Compliance.Benchmarks;

// dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- limit-inputs DIR   (inputs of scripts/measure-limits.sh)
// dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- extract-loop 2000     (extraction only, for a profiler)
if (args is ["limit-inputs", var directory])
{
    LimitInputs.Write(directory);
    return;
}
if (args is ["extract-loop", var rounds])
{
    // For a profiler (perf with DOTNET_PerfMapEnabled=1): extraction of the seeds, over and over.
    var extraction = new ExtractionBenchmarks();
    extraction.Setup();
    for (var i = 0; i < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); i++) extraction.Extract();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
