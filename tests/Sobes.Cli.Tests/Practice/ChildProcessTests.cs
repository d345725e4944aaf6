using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Practice;

/// <summary>The built `sobes` run as a real process: killed mid-session, and driven through tmux.</summary>
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static string SobesDll => Path.Combine(AppContext.BaseDirectory, "sobes.dll");

    [Fact]
    public async Task Killing_the_process_mid_session_loses_no_answer_given()
    {
        using var cli = await PracticeCli.CreateAsync();
        var start = new ProcessStartInfo("dotnet", [SobesDll, "study", "--type", "flashcard", "--db", cli.DbPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            // Two cards answered; the process then waits for the third card's keys and is killed there.
            await process.StandardInput.WriteAsync(" 3 4");
            await process.StandardInput.FlushAsync();
            Assert.True(await WaitForAsync(() => CountReviews(cli) >= 2), "the two answers were never committed");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal(2, CountReviews(cli));
        await using var db = cli.Context();
        Assert.Equal(2, await db.Cards.CountAsync(c => c.Reps == 1));
    }

    [SkippableFact]
    public async Task The_study_screen_works_in_a_real_terminal_driven_through_tmux()
    {
        Requirements.SkipUnless(File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux"), "tmux is not installed: apt-get install tmux");
        using var cli = await PracticeCli.CreateAsync();
        var session = "sobes-test-" + Guid.NewGuid().ToString("N")[..8];
        await Tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", $"dotnet '{SobesDll}' study --type flashcard --db '{cli.DbPath}'; sleep 30");
        try
        {
            Assert.True(await WaitForAsync(async () => (await Capture(session)).Contains("press space to reveal", StringComparison.Ordinal)), await Capture(session));
            await Tmux("send-keys", "-t", session, "Space");
            Assert.True(await WaitForAsync(async () => (await Capture(session)).Contains("how well did you know it", StringComparison.Ordinal)), await Capture(session));
            await Tmux("send-keys", "-t", session, "3");
            Assert.True(await WaitForAsync(() => CountReviews(cli) == 1), await Capture(session));
            await Tmux("send-keys", "-t", session, "q");
            Assert.True(await WaitForAsync(async () => (await Capture(session)).Contains("Session over: 1 answered", StringComparison.Ordinal)), await Capture(session));
        }
        finally
        {
            await Tmux("kill-session", "-t", session);
        }
    }

    private static int CountReviews(PracticeCli cli)
    {
        using var db = cli.Context();
        return db.ReviewLog.Count();
    }

    private static Task<bool> WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Patience)
        {
            try
            {
                if (await condition()) { return true; }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The schema is being created by the child; look again.
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static Task<string> Capture(string session) => Tmux("capture-pane", "-p", "-t", session);

    private static async Task<string> Tmux(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("tmux", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
