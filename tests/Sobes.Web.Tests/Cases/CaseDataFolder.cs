namespace Sobes.Web.Tests.Cases;

/// <summary>
/// A case-data folder the tests of one class share: a seed's data depends on the seed alone, so only the first test
/// to ask for a seed pays for generating it. Each test still has its own database.
/// </summary>
public sealed class CaseDataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sobes-cases-").FullName;

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Sobes:CaseData"] = Path };

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
