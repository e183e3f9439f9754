using System.CommandLine;
using System.Text;
using Compliance.Checking;
using Compliance.Checking.Citations;
using Compliance.Checking.Configuration;
using Compliance.Checking.Reports;
#if !CHECKER_ONLY
using Compliance.Storage.Citations;
using Microsoft.Extensions.DependencyInjection;
#endif

namespace Compliance.Cli.Commands;

/// <summary><c>compliance check &lt;files or folders&gt;</c>: checks bulletins on disk and reports the findings.</summary>
internal static class CheckCommand
{

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "要检查的文件或文件夹（文件夹按文件逐个检查）。Files or folders to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：table、json、sarif、csv。", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "sarif", "csv");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "写入文件而不是标准输出。Write to a file instead of standard output." };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件（默认：当前目录下的 compliance.json，若存在）。" };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "同时检查的文件数（默认：处理器数；1 为逐个检查）。Files checked in parallel (default: the processor count).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs 必须是正整数。--jobs must be at least 1.");
        });

#if !CHECKER_ONLY
        var store = new Option<bool>("--store")
        {
            Description = "引用同时对照表存储中已检查过的公文（只读；连接同 process）。Also judge citations against the documents in Table storage (read only).",
        };
        var connection = new Option<string?>("--connection")
        {
            Description = "与 --store 同用：存储连接字符串（默认取配置 BulletinStorage，未配置时为本机 Azurite）。",
        };

        var command = new Command("check", "检查公报文件（文本、Word .docx、PDF）。Check bulletin files.") { paths, format, output, config, jobs, store, connection };
#else
        // The natively compiled build hands `check --store` to the full CLI (src/Compliance.Cli.Native/Program.cs).
        var command = new Command("check", "检查公报文件（文本、Word .docx、PDF）。Check bulletin files.") { paths, format, output, config, jobs };
#endif
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await LoadOptionsAsync(parse.GetValue(config), stderr) is not { } options) return CliApp.ExitUsage;

            var files = new List<string>();
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
                else if (File.Exists(path)) files.Add(path);
                else
                {
                    await stderr.WriteLineAsync($"找不到文件或文件夹：{path}");
                    return CliApp.ExitUsage;
                }
            }

            async Task<int> RunAsync(StoredRegistry? stored, CancellationToken ct)
            {
                var checker = new BulletinChecker(options);
                var citations = new CitationChecker(options);
                var target = parse.GetValue(output);
                var formatName = parse.GetValue(format) ?? "table";
                Outcome outcome;
                await using (var stream = OpenOutput(target, stdout))
                {
                    using (var writer = CreateWriter(formatName, stream, toFile: target is not null, checker))
                    {
                        outcome = await CheckInOrderAsync(checker, files, parse.GetValue(jobs), writer, ct, citations, stored);
                    }
                    // Standard output ends with a line break, as a terminal expects; a file gets the document as is.
                    if (target is null && formatName is "json" or "sarif") stream.WriteByte((byte)'\n');
                }
                if (outcome.Unreadable) return CliApp.ExitUsage;
                return outcome.Errors ? CliApp.ExitFindings : CliApp.ExitOk;
            }

#if CHECKER_ONLY
            return await RunAsync(null, cancellationToken);
#else
            if (!parse.GetValue(store)) return await RunAsync(null, cancellationToken);
            // The store's connection as process and upload take it; storage that cannot be reached fails like theirs.
            return await StorageCommandOptions.RunAsync(parse.GetValue(connection),
                services => services.GetRequiredService<CitationRegistryStore>(),
                (store, ct) => RunAsync(store.ReadAsync, ct), cancellationToken);
#endif
        });
        return command;
    }

    /// <summary>The options of <paramref name="file"/> (or the default file), or null after saying on standard error what
    /// is wrong with the configuration.</summary>
    internal static async Task<CheckerOptions?> LoadOptionsAsync(FileInfo? file, TextWriter stderr)
    {
        try
        {
            return LoadOptions(file);
        }
        catch (ComplianceConfigurationException ex)
        {
            await stderr.WriteLineAsync("配置文件有误：" + ex.Message);
            return null;
        }
    }

    internal static CheckerOptions LoadOptions(FileInfo? file)
    {
        if (file is not null) return ComplianceConfiguration.Load(file.FullName);
        return File.Exists(ComplianceConfiguration.DefaultFileName) ? ComplianceConfiguration.Load(ComplianceConfiguration.DefaultFileName) : new CheckerOptions();
    }

    internal readonly record struct Outcome(bool Unreadable, bool Errors);

    /// <summary>What a store holds under the numbers and titles of the bulletins given (<c>--store</c>).</summary>
    internal delegate Task<CitationRegistry> StoredRegistry(IEnumerable<RegistryEntries> bulletins, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the files, up to <paramref name="jobs"/> at a time, and writes the reports in input order. With one job
    /// the files are checked one after another on this thread.
    /// <para>Without registry rules (none enabled, or <paramref name="citations"/> null) each report is written as soon
    /// as it and all before it are done, and at most twice <paramref name="jobs"/> are held at once.</para>
    /// <para>With them, citations are judged against every document of the run, and with <paramref name="stored"/>
    /// against what Table storage holds under the same numbers and titles, so every report is held until the last file
    /// is checked. It is held as bytes, not objects: its JSON (which <see cref="JsonReportReader"/> reads back) and,
    /// when the format can render ahead, its output, both made by the worker that checked it. At the end a report the
    /// registry adds nothing to is written as rendered; only the others are read back, judged and rendered again.</para>
    /// </summary>
    internal static async Task<Outcome> CheckInOrderAsync(BulletinChecker checker, IReadOnlyList<string> files, int jobs, IReportWriter writer,
        CancellationToken cancellationToken, CitationChecker? citations = null, StoredRegistry? stored = null)
    {
        var unreadable = false;
        var errors = false;
        var held = citations is { IsEnabled: true } ? new List<Held>(files.Count) : null;
        var prerender = writer as IPrerenderingReportWriter;

        void Write(BulletinReport report)
        {
            writer.Write(report);
            unreadable |= report.IsUnreadable;
            errors |= report.ErrorCount > 0;
        }

        void WriteRendered(RenderedReport rendered)
        {
            prerender!.Write(rendered);
            unreadable |= rendered.Totals.Unreadable;
            errors |= rendered.Totals.Errors > 0;
        }

        // On the worker: what the registry needs, and the report as bytes.
        Checked Prepare(BulletinReport report)
        {
            if (held is null) return new Checked(report, null);
            var json = JsonReportWriter.RenderBulletin(report);
            return new Checked(null, new Held(RegistryEntries.Of(report), json, writer is JsonReportWriter ? null : prerender?.Render(report)));
        }

        void Take(Checked done)
        {
            if (done.Held is { } h) held!.Add(h);
            else Write(done.Report!);
        }

        writer.Begin();
        if (jobs <= 1)
        {
            foreach (var file in files) Take(Prepare(await checker.CheckFileAsync(file, cancellationToken)));
        }
        else
        {
            using var gate = new SemaphoreSlim(jobs);
            var pending = new Queue<Task<Checked>>();
            var next = 0;
            try
            {
                while (next < files.Count || pending.Count > 0)
                {
                    while (next < files.Count && pending.Count < 2 * jobs) pending.Enqueue(CheckAsync(files[next++]));
                    Take(await pending.Dequeue().ConfigureAwait(false));
                }
            }
            catch
            {
                // Let the checks already started finish before the gate goes away; the first failure is what is reported.
                await Task.WhenAll(pending).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                throw;
            }

            Task<Checked> CheckAsync(string file) => Task.Run(async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return Prepare(await checker.CheckFileAsync(file, cancellationToken).ConfigureAwait(false));
                }
                finally
                {
                    gate.Release();
                }
            }, cancellationToken);
        }
        if (held is not null)
        {
            var entries = held.Select(h => h.Entries).ToList();
            var registry = stored is null ? CitationRegistry.Of(entries)
                : (await stored(entries, cancellationToken).ConfigureAwait(false)).With(entries);
            // Judged on every job at once. JSON takes the registry's findings into the bytes held; another format that
            // renders ahead writes what it rendered when the registry adds nothing, and renders again a report read
            // back from its JSON when it does; a format that cannot render ahead writes every report read back.
            var judged = new object[held.Count];
            void Judge(int i)
            {
                var h = held[i];
                var added = citations!.Judge(h.Entries, registry);
                if (writer is JsonReportWriter) judged[i] = JsonReportWriter.AddFindings(h.Json, added);
                else if (h.Rendered is { } rendered && added.Count == 0) judged[i] = rendered;
                else
                {
                    var report = citations.Apply(JsonReportReader.ReadBulletin(h.Json.Utf8), registry);
                    judged[i] = prerender is null ? report : prerender.Render(report);
                }
            }
            if (jobs > 1) Parallel.For(0, held.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, Judge);
            else for (var i = 0; i < held.Count; i++) Judge(i);
            foreach (var result in judged)
            {
                if (result is RenderedReport rendered) WriteRendered(rendered);
                else Write((BulletinReport)result);
            }
        }
        writer.End();
        return new Outcome(unreadable, errors);
    }

    /// <summary>A checked report: as it is, to be written now, or held until the registry is complete.</summary>
    private readonly record struct Checked(BulletinReport? Report, Held? Held);

    /// <summary>A report held until the registry is complete: its entries, its JSON, and (for a format other than JSON
    /// that renders ahead) its output.</summary>
    private sealed record Held(RegistryEntries Entries, RenderedReport Json, RenderedReport? Rendered);

    private static IReportWriter CreateWriter(string format, Stream stream, bool toFile, BulletinChecker checker) => format switch
    {
        "json" => new JsonReportWriter(stream),
        "sarif" => new SarifReportWriter(stream, checker.Messages, ReadSource),
        // CSV files carry a BOM so that Excel reads them as UTF-8; standard output does not.
        "csv" => new CsvReportWriter(new StreamWriter(stream, toFile ? CsvReportWriter.Encoding : Utf8NoBom, 1 << 16, leaveOpen: true)),
        _ => new TableReportWriter(new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true)),
    };

    /// <summary>
    /// Where the report goes: the file named, the process's standard output as bytes (no per-line console flushing),
    /// or, for an in-process caller that passed its own writer, that writer.
    /// </summary>
    /// <summary>A checked file's bytes for SARIF's fixes (null when it is gone or unreadable now).</summary>
    private static byte[]? ReadSource(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Stream OpenOutput(FileInfo? file, TextWriter stdout)
    {
        if (file is not null) return new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        if (ReferenceEquals(stdout, Console.Out))
        {
            stdout.Flush();
            return new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        }
        return new TextWriterStream(stdout);
    }
}
