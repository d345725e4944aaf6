using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Sobes.Data.Storage;

namespace Sobes.Data.Tests.Storage;

/// <summary>
/// Every process runs on the compiled models in <c>Storage/CompiledModels</c>, while migrations are made from the model
/// that <c>OnModelCreating</c> builds. These tests fail as soon as the two disagree.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "the compiled model is stale: run `dotnet ef dbcontext optimize --project src/Sobes.Data --context {0} " +
        "--output-dir Storage/CompiledModels/{1} --namespace Sobes.Data.Storage.CompiledModels.{1}` and delete the generated *AssemblyAttributes.cs";

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_context_runs_on_the_compiled_model(string provider)
    {
        using var db = Open(provider);

        Assert.Equal(provider == "sqlite" ? "SqliteSobesDbContextModel" : "PostgresSobesDbContextModel", db.Model.GetType().Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_maps_every_property_key_and_relation_as_the_built_model_does(string provider)
    {
        using var db = Open(provider);
        var design = db.GetService<IDesignTimeModel>().Model;

        Assert.True(Describe(design) == Describe(db.Model), Message(provider));
    }

    [Fact]
    public void A_changed_mapping_shows_in_the_description_the_models_are_compared_by()
    {
        using var db = Open("sqlite");
        var built = Describe(db.GetService<IDesignTimeModel>().Model);

        Assert.Contains("ItemRecord.Title", built, StringComparison.Ordinal);
        Assert.Contains("converter=", built, StringComparison.Ordinal);
        Assert.NotEqual(built, built.Replace("ItemRecord.Title", "ItemRecord.Heading", StringComparison.Ordinal));
    }

    private static SobesDbContext Open(string provider) => new SobesDatabase(provider == "sqlite"
        ? DatabaseLocation.Sqlite(Path.Combine(Path.GetTempPath(), "sobes-compiled-model-check.db"))
        : DatabaseLocation.Postgres("Host=localhost;Database=sobes_compiled_model_check")).CreateContext();

    private static string Message(string provider) => provider == "sqlite"
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Regenerate, "SqliteSobesDbContext", "Sqlite")
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, Regenerate, "PostgresSobesDbContext", "Postgres");

    /// <summary>What the runtime relies on, one line per fact, in a stable order.</summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var name = entity.ClrType.Name;
            text.AppendLine($"{name} table={entity.GetTableName()} base={entity.BaseType?.ClrType.Name} filters={entity.GetDeclaredQueryFilters().Count}");
            foreach (var p in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var converter = p.GetValueConverter() ?? p.FindTypeMapping()?.Converter;
                text.AppendLine(
                    $"{name}.{p.Name} clr={p.ClrType.Name} column={p.GetColumnName()} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"converter={converter?.ProviderClrType.Name} generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken} " +
                    $"default={p.GetDefaultValue()}|{p.GetDefaultValueSql()} computed={p.GetComputedColumnSql()}");
            }

            foreach (var key in entity.GetKeys().OrderBy(k => Names(k.Properties), StringComparer.Ordinal))
            {
                text.AppendLine($"{name} key({Names(key.Properties)}) primary={key.IsPrimaryKey()}");
            }

            foreach (var fk in entity.GetForeignKeys().OrderBy(f => Names(f.Properties), StringComparer.Ordinal))
            {
                text.AppendLine(
                    $"{name} fk({Names(fk.Properties)}) -> {fk.PrincipalEntityType.ClrType.Name} delete={fk.DeleteBehavior} " +
                    $"unique={fk.IsUnique} required={fk.IsRequired} nav={fk.DependentToPrincipal?.Name}/{fk.PrincipalToDependent?.Name}");
            }

            foreach (var index in entity.GetIndexes().OrderBy(i => Names(i.Properties), StringComparer.Ordinal))
            {
                text.AppendLine($"{name} index({Names(index.Properties)}) unique={index.IsUnique} name={index.GetDatabaseName()} filter={index.GetFilter()}");
            }
        }

        return text.ToString();
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
