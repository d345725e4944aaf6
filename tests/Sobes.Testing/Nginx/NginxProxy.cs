using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sobes.Testing;

/// <summary>
/// Debian's nginx as the reverse proxy in front of one or more instances, on a loopback port of its own, with a
/// config generated like the one docs/deployment.md gives (forwarded headers, no buffering of answers). Skips the
/// test when nginx is not installed, or fails it under SOBES_REQUIRE_ALL=1.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    private static readonly string[] Candidates = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private readonly Process process;
    private readonly string folder;
    private int disposed;

    private NginxProxy(Process process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    /// <summary>Where a client reaches the proxy.</summary>
    public Uri Address { get; }

    public static string? Binary => Candidates.FirstOrDefault(File.Exists);

    /// <summary>Starts nginx in front of <paramref name="upstreams"/> (round robin) and waits until it answers.</summary>
    public static async Task<NginxProxy> StartAsync(params Uri[] upstreams)
    {
        Requirements.SkipUnless(Binary is not null, "nginx is not installed: apt-get install nginx-light");
        var folder = Directory.CreateTempSubdirectory("sobes-nginx-").FullName;
        var port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(folder, port, upstreams));
        var start = new ProcessStartInfo(Binary!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        // nginx outlives a test process that ends without disposing it; stop it with the process in any case.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => proxy.Dispose();
        try
        {
            await proxy.WaitUntilListeningAsync(port);
            return proxy;
        }
        catch
        {
            proxy.Dispose();
            throw;
        }
    }

    /// <summary>The config: one upstream group, forwarded headers as the app expects them, logs and temp files in the test's folder.</summary>
    public static string Config(string folder, int port, IReadOnlyList<Uri> upstreams)
    {
        var servers = string.Concat(upstreams.Select(u => $"        server {u.Host}:{u.Port.ToString(CultureInfo.InvariantCulture)};\n"));
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        return $$"""
            {{user}}worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                client_max_body_size 512m;
                upstream sobes {
            {{servers}}        keepalive 16;
                }
                server {
                    listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                    location / {
                        proxy_pass http://sobes;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_buffering off;
                    }
                }
            }
            """;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process.Dispose();
        try
        {
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
            // a worker may still hold a temp file for a moment; the folder is under the system's temp
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                var log = Path.Combine(folder, "error.log");
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("nginx did not listen on port " + port.ToString(CultureInfo.InvariantCulture) + " within 20 s");
    }

    /// <summary>A loopback port free at this moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
