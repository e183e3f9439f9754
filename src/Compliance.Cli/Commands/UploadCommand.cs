using System.CommandLine;
using Compliance.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance upload &lt;files or folders&gt;</c>: uploads bulletins to the bulletins container.</summary>
public static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "要上传的公报文件或文件夹（文件夹中的 .txt、.docx、.pdf 文件都会上传）",
            Arity = ArgumentArity.OneOrMore,
        };
        var connection = StorageCommandOptions.Connection();
        var command = new Command("upload", "上传公报到 Blob 容器（同名文件将被覆盖并重新检查）");
        command.Arguments.Add(paths);
        command.Options.Add(connection);
        command.SetAction((parse, cancellationToken) => StorageCommandOptions.RunAsync(parse.GetValue(connection),
            services => services.GetRequiredService<BulletinUploader>(),
            (uploader, ct) => RunAsync(uploader, parse.GetValue(paths) ?? [], ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(BulletinUploader uploader, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Path, string BlobName)> files;
        try
        {
            files = BulletinUploader.Expand(paths);
        }
        catch (FileNotFoundException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            return 2;
        }
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLine("[yellow]没有找到可上传的公报文件（.txt、.docx、.pdf）。[/]");
            return 2;
        }

        await uploader.EnsureContainerAsync(cancellationToken);
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"上传到容器 {uploader.Container.Name}", maxValue: files.Count);
            foreach (var (path, blobName) in files)
            {
                await uploader.UploadAsync(path, blobName, cancellationToken);
                task.Increment(1);
            }
        });
        AnsiConsole.MarkupLineInterpolated($"已上传 {files.Count} 个文件到容器 [bold]{uploader.Container.Name}[/]。");
        return 0;
    }
}
