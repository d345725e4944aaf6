using Microsoft.EntityFrameworkCore;
using Sobes.Data.Cases;
using Sobes.Data.Practice;

namespace Sobes.Data.Storage;

public abstract partial class SobesDbContext
{
    public DbSet<CaseSubmissionRecord> CaseSubmissions => Set<CaseSubmissionRecord>();

    partial void ConfigureCases(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseSubmissionRecord>(e =>
        {
            e.ToTable("case_submissions");
            e.HasOne<LearnerRecord>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.Case).HasMaxLength(32);
            e.Property(s => s.FileName).HasMaxLength(256);
            e.HasIndex(s => new { s.LearnerId, s.Case, s.SubmittedAt });
            e.Property(s => s.SubmittedAt).HasConversion(UnixMilliseconds.Converter);
        });
    }
}
