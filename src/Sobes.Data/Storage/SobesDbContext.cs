using Microsoft.EntityFrameworkCore;

namespace Sobes.Data.Storage;

/// <summary>The model shared by both providers; each provider's subclass carries its own migrations.</summary>
public abstract partial class SobesDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SourceRecord> Sources => Set<SourceRecord>();

    public DbSet<ItemRecord> Items => Set<ItemRecord>();

    public DbSet<ItemSourceRecord> ItemSources => Set<ItemSourceRecord>();

    public DbSet<MetaRecord> Meta => Set<MetaRecord>();

    public DbSet<ItemChangeRecord> ItemChanges => Set<ItemChangeRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = DetectChangesOnce();
        try
        {
            if (LibraryRevision.Affected(ChangeTracker))
            {
                LibraryRevision.Stage(this);
            }

            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Saves, and when items or card flags changed, a new <see cref="LibraryRevision"/> with them.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = DetectChangesOnce();
        try
        {
            if (LibraryRevision.Affected(ChangeTracker))
            {
                await LibraryRevision.StageAsync(this, cancellationToken);
            }

            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    // The revision check and the save each look for changes; a card sync tracks thousands of cards, so they are found
    // once here and both run with detection off (the caller's setting is restored after).
    private bool DetectChangesOnce()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        return detect;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SourceRecord>(e =>
        {
            e.ToTable("sources");
            e.HasIndex(s => s.ContentHash).IsUnique();
            e.HasIndex(s => s.Path);
            e.Property(s => s.Path).HasMaxLength(1024);
            e.Property(s => s.Format).HasMaxLength(32);
            e.Property(s => s.ContentHash).HasMaxLength(64);
            e.Property(s => s.DeletedAt).HasConversion(UnixMilliseconds.Nullable);
        });
        modelBuilder.Entity<ItemRecord>(e =>
        {
            // Triggers write the change log (ItemChangeLog); SQLite's RETURNING does not mix with AFTER triggers.
            e.ToTable("items", t => t.UseSqlReturningClause(false));
            e.HasIndex(i => i.Kind);
            e.Property(i => i.Kind).HasMaxLength(16);
            e.Property(i => i.KindRule).HasMaxLength(64);
            e.Property(i => i.Language).HasMaxLength(8);
            e.Property(i => i.KeySource).HasMaxLength(16).HasConversion(StoredNames.KeySource);
            e.Property(i => i.PostedAt).HasConversion(UnixMilliseconds.Nullable);
            e.Property(i => i.DeletedAt).HasConversion(UnixMilliseconds.Nullable);
            e.Property(i => i.ReviewDismissedAt).HasConversion(UnixMilliseconds.Nullable);
            e.HasIndex(i => i.PostedAt);
            // The live items in id order: a page of the listing and its count read this index, not every row — in
            // SQLite, DeletedAt sits after the body in each record, so testing it read the whole item.
            e.HasIndex(i => i.Id, "IX_items_Live").HasFilter("\"DeletedAt\" IS NULL");
            e.HasMany(i => i.Sources).WithOne(s => s.Item).HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ItemSourceRecord>(e =>
        {
            e.ToTable("item_sources");
            e.HasIndex(s => s.TextHash);
            e.HasIndex(s => s.ItemId);
            e.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.Locator).HasMaxLength(256);
            e.Property(s => s.TextHash).HasMaxLength(64);
        });
        modelBuilder.Entity<ItemChangeRecord>(e =>
        {
            e.ToTable("item_changes");
            e.HasIndex(c => c.Seq).IsUnique();
        });
        modelBuilder.Entity<MetaRecord>(e =>
        {
            e.ToTable("meta");
            e.HasKey(m => m.Key);
            e.Property(m => m.Key).HasMaxLength(64);
        });
        ConfigurePractice(modelBuilder);
        ConfigureAccounts(modelBuilder);
        ConfigureEditing(modelBuilder);
        ConfigureCases(modelBuilder);
        ConfigureChannels(modelBuilder);
    }

    /// <summary>The practice capability's tables (learners, cards, the review log) live in their own partial file.</summary>
    partial void ConfigurePractice(ModelBuilder modelBuilder);

    /// <summary>Server mode's accounts (users, roles, API tokens) live in their own partial file.</summary>
    partial void ConfigureAccounts(ModelBuilder modelBuilder);

    /// <summary>The editors' append-only log lives in its own partial file.</summary>
    partial void ConfigureEditing(ModelBuilder modelBuilder);

    /// <summary>The take-home cases' tables (scored submissions) live in their own partial file.</summary>
    partial void ConfigureCases(ModelBuilder modelBuilder);

    /// <summary>Followed channels (their cursors) and the sync lease live in their own partial file.</summary>
    partial void ConfigureChannels(ModelBuilder modelBuilder);
}

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteSobesDbContext(DbContextOptions<SqliteSobesDbContext> options) : SobesDbContext(options);

/// <summary>Server mode: PostgreSQL.</summary>
public sealed class PostgresSobesDbContext(DbContextOptions<PostgresSobesDbContext> options) : SobesDbContext(options);
