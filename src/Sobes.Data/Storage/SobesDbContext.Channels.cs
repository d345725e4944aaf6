using Microsoft.EntityFrameworkCore;
using Sobes.Data.Channels;

namespace Sobes.Data.Storage;

public abstract partial class SobesDbContext
{
    public DbSet<ChannelRecord> Channels => Set<ChannelRecord>();

    public DbSet<SyncLeaseRecord> SyncLeases => Set<SyncLeaseRecord>();

    partial void ConfigureChannels(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChannelRecord>(e =>
        {
            e.ToTable("channels");
            e.HasIndex(c => c.Url).IsUnique();
            e.HasIndex(c => c.Name);
            e.Property(c => c.Name).HasMaxLength(256);
            e.Property(c => c.Url).HasMaxLength(1024);
            e.Property(c => c.Title).HasMaxLength(512);
            e.Property(c => c.LastSyncResult).HasMaxLength(2048);
            e.HasOne<SourceRecord>().WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.SetNull);
            e.Property(c => c.AddedAt).HasConversion(UnixMilliseconds.Converter);
            e.Property(c => c.LastSyncAt).HasConversion(UnixMilliseconds.Nullable);
        });
        modelBuilder.Entity<SyncLeaseRecord>(e =>
        {
            e.ToTable("sync_leases");
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(64);
            e.Property(l => l.Holder).HasMaxLength(128);
            e.Property(l => l.ExpiresAt).HasConversion(UnixMilliseconds.Converter);
        });
    }
}
