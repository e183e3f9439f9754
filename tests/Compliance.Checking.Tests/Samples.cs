namespace Compliance.Checking.Tests;

/// <summary>A minimal well-formed bulletin: one document with every part in place. Rule tests break one part.</summary>
internal static class Samples
{
    public const string Document = """
        洛阳市人民政府办公室文件

        洛政办〔2019〕35号

        洛阳市人民政府办公室关于加强某项工作的通知

        各县（市、区）人民政府，市人民政府各部门：

        现将有关事项通知如下，请认真贯彻执行。

        洛阳市人民政府办公室

        2019年6月25日

        （此件公开发布）

        """;

    public static readonly DateTimeOffset CheckTime = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    public static BulletinChecker Checker(Checking.Configuration.CheckerOptions? options = null)
        => new(options, new FixedTime(CheckTime));

    public static BulletinReport Check(string text, Checking.Configuration.CheckerOptions? options = null)
        => Checker(options).Check(System.Text.Encoding.UTF8.GetBytes(text), "sample.txt");

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
