using System.Globalization;

namespace Compliance.Checking;

/// <summary>Sizes as a clerk reads them in a message: 20 MB, 512 KB, 300 字节.</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1048576 => (bytes / 1048576.0).ToString("0.## MB", CultureInfo.InvariantCulture),
        >= 1024 => (bytes / 1024.0).ToString("0.# KB", CultureInfo.InvariantCulture),
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " 字节",
    };
}
