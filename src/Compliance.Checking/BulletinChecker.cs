using Compliance.Checking.Configuration;

namespace Compliance.Checking;

/// <summary>
/// Checks one bulletin: reads it (text in any supported encoding, .docx, PDF), splits it into documents,
/// extracts each document's fields and applies the rules. Thread-safe; create once and reuse.
/// </summary>
public sealed class BulletinChecker
{
    private readonly CheckerOptions _options;
    private readonly TimeProvider _time;

    public BulletinChecker(CheckerOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new CheckerOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Checks a bulletin held in memory. Never throws for bad content: unreadable input yields a
    /// <c>structure.unreadable</c> finding.</summary>
    public BulletinReport Check(ReadOnlyMemory<byte> content, string source)
    {
        // Placeholder until the checker core lands: reports nothing.
        _ = _options;
        _ = _time;
        return new BulletinReport { Source = source, Encoding = "utf-8" };
    }

    /// <summary>Reads the stream to its end and checks it.</summary>
    public async Task<BulletinReport> CheckAsync(Stream content, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Check(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), source);
    }

    /// <summary>Checks a file on disk.</summary>
    public async Task<BulletinReport> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Check(bytes, path);
    }
}
