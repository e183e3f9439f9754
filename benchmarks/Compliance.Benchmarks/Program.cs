using BenchmarkDotNet.Running;
using Compliance.Benchmarks;

// dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- limit-inputs DIR   (inputs of scripts/measure-limits.sh)
if (args is ["limit-inputs", var directory])
{
    LimitInputs.Write(directory);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
