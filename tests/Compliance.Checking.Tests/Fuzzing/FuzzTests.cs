using System.Diagnostics;
using System.Globalization;
using Compliance.Checking.Configuration;
using Compliance.Checking.Reading;
using Compliance.Checking.Rules;
using Xunit.Abstractions;

namespace Compliance.Checking.Tests.Fuzzing;

/// <summary>
/// Feeds the checker (reader included) inputs derived from the seeds and fixtures by <see cref="BulletinFuzzer"/>.
/// CI runs 5,000 with a fixed seed: the same inputs however busy the machine (about 25 s on two quiet cores), so the
/// variety the test asserts never depends on how many a loaded machine got through in a minute. A longer run of the
/// same fuzzer: <c>FUZZ_ITERATIONS=200000 FUZZ_SECONDS=3600 FUZZ_SEED=7 dotnet test tests/Compliance.Checking.Tests
/// -c Release --filter FullyQualifiedName~FuzzTests</c>. A failing input is written to the temp folder; its recipe and
/// iteration are in the message, and the same seed and iteration make it again.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 5_000;
    /// <summary>No time bound unless FUZZ_SECONDS sets one (for long runs).</summary>
    private const int DefaultSeconds = int.MaxValue;
    private const int DefaultSeed = 20_261_123;

    /// <summary>The budget the checker is given; a call slower than a quarter of it is reported in the output.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly HashSet<string> Encodings = ["utf-8", "utf-16le", "utf-16be", "gb18030", "docx", "pdf"];

    private static readonly System.Text.RegularExpressions.Regex Cjk = new(@"\p{IsCJKUnifiedIdeographs}");

    [Fact]
    public void Mutated_bulletins_never_escape_an_exception_and_unreadable_ones_say_why()
    {
        var iterations = Setting("FUZZ_ITERATIONS", DefaultIterations);
        var seed = Setting("FUZZ_SEED", DefaultSeed);
        var timeBound = TimeSpan.FromSeconds(Setting("FUZZ_SECONDS", DefaultSeconds));
        // A clock that stands still: a busy machine must not turn an input into TimeBudgetExceeded (how the budget stops
        // a check is tested with a clock that steps, in LimitsTests). Slow inputs are reported, not failed.
        var checker = Samples.Checker(new CheckerOptions { Limits = { TimeBudgetSeconds = Budget.TotalSeconds } });
        var knownRules = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var fuzzer = new BulletinFuzzer(seed);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        var slowest = (Time: TimeSpan.Zero, Recipe: string.Empty);

        var ran = 0;
        for (var i = 0; i < iterations && total.Elapsed < timeBound; i++, ran++)
        {
            var (input, recipe) = fuzzer.Next();
            var watch = Stopwatch.StartNew();
            BulletinReport report;
            try
            {
                report = checker.Check(input, recipe);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{Where(seed, i, recipe, input)}: {ex.GetType().Name} escaped the checker: {ex}");
            }
            watch.Stop();
            if (watch.Elapsed > slowest.Time) slowest = (watch.Elapsed, $"{recipe} → {(report.IsUnreadable ? report.Findings[0].Evidence : report.Encoding)}");
            if (watch.Elapsed > Budget / 4) output.WriteLine($"  slow: {watch.Elapsed.TotalMilliseconds:0} ms, iteration {i}: {recipe} → {(report.IsUnreadable ? report.Findings[0].Evidence : report.Encoding)}");

            void Require(bool condition, string what)
            {
                if (!condition) throw new Xunit.Sdk.XunitException($"{Where(seed, i, recipe, input)}: {what}");
            }

            if (report.IsUnreadable)
            {
                Require(report.Findings.Count == 1 && report.Findings[0].RuleId == RuleIds.StructureUnreadable, "unreadable, but not one structure.unreadable finding");
                var finding = report.Findings[0];
                Require(Enum.TryParse<UnreadableKind>(finding.Evidence, out _), $"unreadable without a kind: '{finding.Evidence}'");
                Require(Cjk.IsMatch(finding.Message) && !finding.Message.Contains('{', StringComparison.Ordinal), $"message not for a clerk: '{finding.Message}'");
                Require(report.Encoding is null && report.Documents.Count == 0, "unreadable, yet documents or an encoding");
            }
            else
            {
                Require(report.Encoding is not null && Encodings.Contains(report.Encoding), $"read, but encoding '{report.Encoding}'");
                Require(report.AllFindings.All(f => knownRules.Contains(f.RuleId)), "a finding of an unknown rule");
                Require(report.Documents.All(d => d.StartLine <= d.EndLine), "a document that ends before it starts");
            }
            var outcome = report.IsUnreadable ? report.Findings[0].Evidence! : "read:" + report.Encoding;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"{ran} of {iterations} inputs (seed {seed}, time bound {timeBound.TotalSeconds} s) in {total.Elapsed.TotalSeconds:0.0} s; slowest {slowest.Time.TotalMilliseconds:0} ms: {slowest.Recipe}");
        foreach (var (outcome, count) in outcomes.OrderByDescending(o => o.Value)) output.WriteLine($"  {outcome}: {count}");

        // The fuzzer must reach both sides: readers that succeed on damaged input, and several distinct refusals.
        Assert.True(outcomes.Where(o => o.Key.StartsWith("read:", StringComparison.Ordinal)).Sum(o => o.Value) > ran / 10, "too few inputs were readable");
        Assert.True(outcomes.Keys.Count(k => !k.StartsWith("read:", StringComparison.Ordinal)) >= 6, "too few kinds of refusal: " + string.Join(", ", outcomes.Keys));
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Where(int seed, int iteration, string recipe, byte[] input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"compliance-fuzz-{seed}-{iteration}.bin");
        File.WriteAllBytes(path, input);
        return $"FUZZ_SEED={seed} iteration {iteration} ({recipe}; input saved to {path})";
    }
}
