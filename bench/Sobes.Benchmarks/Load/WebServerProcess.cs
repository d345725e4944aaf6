using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sobes.Benchmarks.Load;

/// <summary>The web app built in Release and run as a process of its own on a free loopback port.</summary>
public sealed class WebServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    public static async Task<WebServerProcess> StartAsync(string repoRoot, string outputDirectory, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(outputDirectory, "Sobes.Web.dll")))
        {
            await RunAsync("dotnet", ["build", Path.Combine(repoRoot, "src", "Sobes.Web"), "-c", "Release", "-o", outputDirectory, "-v", "q", "-nologo"], cancellationToken);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(outputDirectory, "Sobes.Web.dll")])
        {
            WorkingDirectory = outputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The server runs as deployed, whatever the generator set for its own sockets.
        start.Environment.Remove(LoadTest.InlineSocketCompletions);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine("server: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new WebServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitUntilServingAsync(cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {process.ExitCode} before serving.");
            }

            try
            {
                using var response = await http.GetAsync("openapi/v1.json", cancellationToken);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("The web app did not answer within two minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] arguments, CancellationToken cancellationToken)
    {
        using var build = Process.Start(new ProcessStartInfo(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start.");
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed with code {build.ExitCode}.");
        }
    }
}
