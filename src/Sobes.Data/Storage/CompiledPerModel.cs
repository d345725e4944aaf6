namespace Sobes.Data.Storage;

/// <summary>
/// A query compiled once per provider (EF binds a compiled query to the first model it runs on, and each provider has
/// a model of its own): for the queries that run on every request, where EF would otherwise rebuild and look up the
/// query's expression tree each time.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly Lazy<TQuery> sqlite = new(compile);
    private readonly Lazy<TQuery> postgres = new(compile);

    public TQuery For(SobesDbContext db) => db is PostgresSobesDbContext ? postgres.Value : sqlite.Value;
}
