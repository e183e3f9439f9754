using System.Globalization;
using Compliance.Checking.Reading;
using Compliance.Checking.Rules;

namespace Compliance.Storage;

/// <summary>Reasons (for the clerk) why a bulletin was not checked, from the checker's message catalog.</summary>
public static class RejectionReasons
{
    public static string TooLarge(MessageCatalog messages, long sizeBytes, long limitBytes)
        => string.Format(CultureInfo.InvariantCulture, messages.Unreadable(UnreadableKind.TooLarge), Megabytes(sizeBytes), Megabytes(limitBytes));

    public static string Empty(MessageCatalog messages) => messages.Unreadable(UnreadableKind.Empty);

    /// <summary>For an unreadable report that carries no reason of its own (the checker always gives one).</summary>
    public static string Unreadable(MessageCatalog messages) => messages.Unreadable(UnreadableKind.Binary);

    private static string Megabytes(long bytes) => bytes switch
    {
        >= 1048576 => (bytes / 1048576.0).ToString("0.## MB", CultureInfo.InvariantCulture),
        >= 1024 => (bytes / 1024.0).ToString("0.# KB", CultureInfo.InvariantCulture),
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " 字节",
    };
}
