using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Accounts;
using Sobes.Data.Practice;

namespace Sobes.Data.Storage;

// ASP.NET Core Identity's schema (the shape IdentityDbContext builds), configured here so the context keeps
// its own base class; Identity's EF stores only need these sets. The data-protection key ring lives here too, so every
// server-mode instance on one database reads the cookies the others issued.
public abstract partial class SobesDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<IdentityRole<long>> Roles => Set<IdentityRole<long>>();

    public DbSet<IdentityUserRole<long>> UserRoles => Set<IdentityUserRole<long>>();

    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    partial void ConfigureAccounts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserRecord>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.NormalizedUserName).HasDatabaseName("users_name_index").IsUnique();
            e.HasIndex(u => u.NormalizedEmail).HasDatabaseName("users_email_index");
            e.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(u => u.UserName).HasMaxLength(256);
            e.Property(u => u.NormalizedUserName).HasMaxLength(256);
            e.Property(u => u.Email).HasMaxLength(256);
            e.Property(u => u.NormalizedEmail).HasMaxLength(256);
            e.Property(u => u.PhoneNumber).HasMaxLength(256);
            e.HasOne<LearnerRecord>().WithMany().HasForeignKey(u => u.LearnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(u => u.LearnerId).IsUnique();
            e.HasMany<IdentityUserClaim<long>>().WithOne().HasForeignKey(c => c.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            e.HasMany<IdentityUserLogin<long>>().WithOne().HasForeignKey(l => l.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            e.HasMany<IdentityUserToken<long>>().WithOne().HasForeignKey(t => t.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            e.HasMany<IdentityUserRole<long>>().WithOne().HasForeignKey(r => r.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            e.HasMany<ApiTokenRecord>().WithOne().HasForeignKey(t => t.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserClaim<long>>(e =>
        {
            e.ToTable("user_claims");
            e.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserLogin<long>>(e =>
        {
            e.ToTable("user_logins");
            e.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            e.Property(l => l.LoginProvider).HasMaxLength(128);
            e.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserToken<long>>(e =>
        {
            e.ToTable("user_tokens");
            e.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            e.Property(t => t.LoginProvider).HasMaxLength(128);
            e.Property(t => t.Name).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityRole<long>>(e =>
        {
            e.ToTable("roles");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.NormalizedName).HasDatabaseName("roles_name_index").IsUnique();
            e.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(r => r.Name).HasMaxLength(256);
            e.Property(r => r.NormalizedName).HasMaxLength(256);
            e.HasMany<IdentityUserRole<long>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            e.HasMany<IdentityRoleClaim<long>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityRoleClaim<long>>(e =>
        {
            e.ToTable("role_claims");
            e.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserRole<long>>(e =>
        {
            e.ToTable("user_roles");
            e.HasKey(r => new { r.UserId, r.RoleId });
        });
        modelBuilder.Entity<ApiTokenRecord>(e =>
        {
            e.ToTable("api_tokens");
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Prefix).HasMaxLength(32);
            e.Property(t => t.Hash).HasMaxLength(64);
            e.HasIndex(t => t.Prefix).IsUnique();
            e.HasIndex(t => t.UserId);
        });
        modelBuilder.Entity<DataProtectionKey>(e => e.ToTable("data_protection_keys"));
    }
}
