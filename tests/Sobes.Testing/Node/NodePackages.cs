using System.Diagnostics;
using Xunit.Sdk;

namespace Sobes.Testing.Node;

/// <summary>
/// Runs an npm package from a test: installs it once into a folder under the temporary directory with
/// <c>npm install --no-audit --no-fund</c> and runs scripts with <c>node</c> beside it. A test calling it skips when
/// node or npm is missing or the install fails, and fails under SOBES_REQUIRE_ALL=1 (<see cref="Requirements"/>).
/// </summary>
public static class NodePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The folder holding <paramref name="package"/> at <paramref name="version"/> in its node_modules, installed when missing.</summary>
    public static string Install(string package, string version)
    {
        Requirements.SkipUnless(Runs("node", "--version") && Runs("npm", "--version"), "node and npm are not installed: apt-get install nodejs npm");
        var folder = Path.Combine(Path.GetTempPath(), $"sobes-npm-{package}-{version}");
        if (File.Exists(Path.Combine(folder, "node_modules", package, "package.json")))
        {
            return folder;
        }

        // Installed beside, then moved into place: a test run interrupted mid-install leaves no half folder behind.
        var staging = folder + "-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "package.json"), """{ "name": "sobes-test-tools", "private": true, "type": "module" }""");
        var (exit, output) = Run("npm", staging, InstallTimeout, "install", "--no-audit", "--no-fund", $"{package}@{version}");
        if (exit != 0)
        {
            Directory.Delete(staging, true);
            Requirements.SkipUnless(false, $"npm could not install {package}@{version} (exit {exit}): {output.Trim()}");
        }

        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(staging, true);
        }

        return folder;
    }

    /// <summary>Runs <paramref name="script"/> (an ES module) with node in <paramref name="folder"/>; returns its standard output, and fails the test on a non-zero exit.</summary>
    public static string RunScript(string folder, string script, params string[] arguments)
    {
        var path = Path.Combine(folder, $"script-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(path, script);
        try
        {
            var (exit, output) = Run("node", folder, RunTimeout, [path, .. arguments]);
            return exit == 0 ? output : throw new XunitException($"node exited with {exit}: {output}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool Runs(string program, string argument)
    {
        try
        {
            return Run(program, Path.GetTempPath(), TimeSpan.FromSeconds(30), argument).Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Exit, string Output) Run(string program, string directory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"{program} {string.Join(' ', arguments)} took longer than {timeout}");
        }

        return (process.ExitCode, output.Result + (process.ExitCode == 0 ? "" : error.Result));
    }
}
