using System.Diagnostics;

namespace Sobes.Testing;

/// <summary>Runs a command (as the server user when needed) and collects its output.</summary>
internal static class ServerProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, bool asServerUser,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServerUser && ServerUser.IsRoot ? "runuser" : program,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser && ServerUser.IsRoot)
        {
            foreach (var prefix in new[] { "-u", ServerUser.Name, "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeoutSource.Token);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
            return (process.ExitCode, (await stdout) + (await stderr));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s.");
        }
    }

    public static async Task<string> RunCheckedAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, bool asServerUser,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(program, arguments, workingDirectory, asServerUser, timeout, cancellationToken);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
    }
}
