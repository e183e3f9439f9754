using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
