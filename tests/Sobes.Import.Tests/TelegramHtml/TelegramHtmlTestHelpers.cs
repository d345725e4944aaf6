using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.TelegramHtml;

namespace Sobes.Import.Tests.TelegramHtml;

internal static class TelegramHtmlTestHelpers
{
    public static SourceInfo Source(string path = "messages.html") => new(path, TelegramHtmlReader.FormatName, "0");

    public static ImportBatch Read(string html, string path = "messages.html") => Read(Encoding.UTF8.GetBytes(html), path);

    public static ImportBatch Read(byte[] bytes, string path = "messages.html")
    {
        using var stream = new MemoryStream(bytes);
        return new TelegramHtmlReader().ReadBatch(stream, Source(path));
    }

    public static ImportBatch ReadFixture(string name, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "")
    {
        using var stream = File.OpenRead(Path.Combine(Path.GetDirectoryName(callerFile)!, "Fixtures", name));
        return new TelegramHtmlReader().ReadBatch(stream, Source(name));
    }

    public static string Preview(string messageBody, string post = "c/1") =>
        $"<html><body><div class=\"tgme_widget_message\" data-post=\"{post}\">{messageBody}</div></body></html>";
}
