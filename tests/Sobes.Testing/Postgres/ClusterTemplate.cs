namespace Sobes.Testing;

/// <summary>
/// initdb takes seconds (far more on a loaded machine); copying a finished data directory takes a fraction
/// of that. So the first start on a machine initialises a template cluster in the temp folder, published by
/// an atomic rename, and every cluster after it starts from a copy.
/// </summary>
internal static class ClusterTemplate
{
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Puts a fresh data directory at <paramref name="dataDirectory"/> (inside a folder the server user owns).</summary>
    public static async Task CreateDataDirectoryAsync(PostgresBinaries binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        var template = await EnsureAsync(binaries, cancellationToken);
        await ServerProcess.RunCheckedAsync("cp", ["-a", Path.Combine(template, "data"), dataDirectory],
            template, asServerUser: true, InitDbTimeout, cancellationToken);
    }

    private static async Task<string> EnsureAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        var template = Path.Combine(Path.GetTempPath(), $"sobes-pg-template-{binaries.MajorVersion}-{Environment.UserName}");
        if (IsComplete(template))
        {
            return template;
        }

        var building = Directory.CreateTempSubdirectory(Path.GetFileName(template) + ".building-").FullName;
        try
        {
            await ServerUser.GiveAsync(building, cancellationToken);
            await ServerProcess.RunCheckedAsync(binaries.InitDb,
                ["-D", Path.Combine(building, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                building, asServerUser: true, InitDbTimeout, cancellationToken);
            if (Directory.Exists(template) && !IsComplete(template))
            {
                PostgresCluster.DeleteQuietly(template); // left by a killed build
            }

            Directory.Move(building, template);
        }
        catch (IOException) when (IsComplete(template))
        {
            // Another test process published its template first; use that one.
        }
        finally
        {
            PostgresCluster.DeleteQuietly(building);
        }

        return template;
    }

    private static bool IsComplete(string template) => File.Exists(Path.Combine(template, "data", "PG_VERSION"));
}
