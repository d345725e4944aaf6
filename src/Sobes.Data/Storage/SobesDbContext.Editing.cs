using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library.Editing;

namespace Sobes.Data.Storage;

public abstract partial class SobesDbContext
{
    public DbSet<ItemEditRecord> ItemEdits => Set<ItemEditRecord>();

    partial void ConfigureEditing(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ItemEditRecord>(e =>
        {
            e.ToTable("item_edits");
            e.Property(x => x.Action).HasMaxLength(8);
            e.Property(x => x.Fields).HasMaxLength(128);
            e.Property(x => x.Editor).HasMaxLength(128);
            e.HasIndex(x => x.ItemId);
            e.HasIndex(x => x.OtherItemId);
            e.Property(x => x.At).HasConversion(UnixMilliseconds.Converter);
        });
    }
}
