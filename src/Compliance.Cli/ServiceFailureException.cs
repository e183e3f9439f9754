namespace Compliance.Cli;

/// <summary>
/// A command could not use something outside it — storage, e-mail, its configuration. <see cref="Lines"/> says so in
/// one or two Chinese lines (what failed, naming the endpoint or setting; what to do); the original exception is the
/// inner one, printed only with <c>--verbose</c>. <see cref="CliApp"/> exits with <see cref="CliApp.ExitUnavailable"/>.
/// </summary>
internal sealed class ServiceFailureException(IReadOnlyList<string> lines, Exception innerException)
    : Exception(string.Join(" ", lines), innerException)
{
    public IReadOnlyList<string> Lines { get; } = lines;
}
