using Microsoft.EntityFrameworkCore;
using Sobes.Data.Practice;

namespace Sobes.Data.Storage;

public abstract partial class SobesDbContext
{
    public DbSet<LearnerRecord> Learners => Set<LearnerRecord>();

    public DbSet<CardRecord> Cards => Set<CardRecord>();

    public DbSet<ReviewLogRecord> ReviewLog => Set<ReviewLogRecord>();

    public DbSet<CardFlagRecord> CardFlags => Set<CardFlagRecord>();

    public DbSet<ProblemAttemptRecord> ProblemAttempts => Set<ProblemAttemptRecord>();

    partial void ConfigurePractice(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LearnerRecord>(e =>
        {
            e.ToTable("learners");
            e.Property(l => l.Name).HasMaxLength(128);
            e.Property(l => l.TimeZoneId).HasMaxLength(64);
            e.Property(l => l.FsrsParameters).HasMaxLength(512);
            e.HasIndex(l => l.Name).IsUnique();
        });
        modelBuilder.Entity<CardRecord>(e =>
        {
            e.ToTable("cards");
            e.HasOne(c => c.Item).WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<LearnerRecord>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
            e.Property(c => c.Type).HasMaxLength(24).HasConversion(StoredNames.CardType);
            e.Property(c => c.GeneratorKey).HasMaxLength(200);
            e.Property(c => c.Topic).HasMaxLength(64);
            e.HasIndex(c => new { c.LearnerId, c.ItemId, c.GeneratorKey }).IsUnique();
            // Id last: new cards share one due time, and a session reads them in (due, id) order straight off the index.
            e.HasIndex(c => new { c.LearnerId, c.State, c.Due, c.Id });
            e.Property(c => c.Due).HasConversion(UnixMilliseconds.Converter);
            e.Property(c => c.LastReview).HasConversion(UnixMilliseconds.Nullable);
            e.Property(c => c.SuspendedAt).HasConversion(UnixMilliseconds.Nullable);
        });
        modelBuilder.Entity<ReviewLogRecord>(e =>
        {
            e.ToTable("review_log");
            e.HasOne<CardRecord>().WithMany().HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.Cascade);
            e.Property(r => r.Kind).HasMaxLength(8).HasConversion(StoredNames.ReviewKind);
            e.HasIndex(r => new { r.LearnerId, r.ReviewedAt });
            e.HasIndex(r => r.CardId);
            e.Property(r => r.ReviewedAt).HasConversion(UnixMilliseconds.Converter);
        });
        modelBuilder.Entity<CardFlagRecord>(e =>
        {
            e.ToTable("card_flags");
            e.Property(f => f.GeneratorKey).HasMaxLength(200);
            e.HasIndex(f => new { f.ItemId, f.GeneratorKey }).IsUnique();
        });
        modelBuilder.Entity<ProblemAttemptRecord>(e =>
        {
            e.ToTable("problem_attempts");
            e.HasOne<LearnerRecord>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.Kind).HasMaxLength(64);
            e.HasIndex(a => new { a.LearnerId, a.Kind });
            e.Property(a => a.AnsweredAt).HasConversion(UnixMilliseconds.Converter);
        });
    }
}

/// <summary>
/// Instants the practice queries compare and order by are stored as UTC Unix milliseconds, so SQLite (which
/// keeps DateTimeOffset as text it cannot compare) and PostgreSQL answer the same queries in SQL.
/// </summary>
internal static class UnixMilliseconds
{
    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long> Converter =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset?, long?> Nullable =
        new(v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : null, v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);
}
