using CodiBot.Dialogs;
using CodiBot.Digest;
using CodiBot.Groups;
using CodiBot.Inbox;
using CodiBot.Outbox;
using CodiBot.People;
using CodiBot.Reports;
using CodiBot.Staff;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Storage;

/// <summary>
/// The service's database. Times are stored as Unix milliseconds (long) so queries order and compare
/// the same way on SQLite and PostgreSQL.
/// </summary>
public sealed class CodiBotDb(DbContextOptions<CodiBotDb> options) : DbContext(options)
{
    public DbSet<InboxEvent> InboxEvents => Set<InboxEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ConversationState> Conversations => Set<ConversationState>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<ReportPhoto> ReportPhotos => Set<ReportPhoto>();
    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();
    public DbSet<HeldPhoto> HeldPhotos => Set<HeldPhoto>();
    public DbSet<RunningTotal> RunningTotals => Set<RunningTotal>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<InviteCode> InviteCodes => Set<InviteCode>();
    public DbSet<InviteFailures> InviteFailures => Set<InviteFailures>();
    public DbSet<ChatGroup> Groups => Set<ChatGroup>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<DigestDay> DigestDays => Set<DigestDay>();
    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<InboxEvent>(e =>
        {
            e.ToTable("inbox_events");
            e.HasKey(x => x.Seq);
            e.Property(x => x.WebhookEventId).HasMaxLength(100);
            e.HasIndex(x => x.WebhookEventId).IsUnique();
            e.Property(x => x.ConversationKey).HasMaxLength(200);
            e.Property(x => x.Type).HasMaxLength(50);
            e.Property(x => x.Mode).HasMaxLength(20);
            e.HasIndex(x => new { x.Status, x.Seq });
        });
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.ChatId).HasMaxLength(100);
            e.Property(x => x.ReplyToken).HasMaxLength(100);
            e.Property(x => x.SourceEventId).HasMaxLength(100);
            e.HasIndex(x => new { x.Status, x.Id });
        });
        model.Entity<ConversationState>(e =>
        {
            e.ToTable("conversation_states");
            e.HasKey(x => x.ConversationKey);
            e.Property(x => x.ConversationKey).HasMaxLength(200);
        });
        PeopleModel(model);
        ReportsModel(model);
        TotalsModel(model);
        StaffAndGroupsModel(model);
    }

    static void TotalsModel(ModelBuilder model)
    {
        model.Entity<RunningTotal>(e =>
        {
            e.ToTable("running_totals");
            // Queries fix scope and category and read a range of days.
            e.HasKey(x => new { x.Scope, x.Category, x.Unit, x.Day });
            // The digest reads one day across scopes.
            e.HasIndex(x => new { x.Day, x.Scope });
        });
    }

    static void StaffAndGroupsModel(ModelBuilder model)
    {
        model.Entity<StaffMember>(e =>
        {
            e.ToTable("staff_members");
            e.HasKey(x => x.UserId);
        });
        model.Entity<InviteCode>(e =>
        {
            e.ToTable("invite_codes");
            e.HasKey(x => x.Code);
        });
        model.Entity<InviteFailures>(e =>
        {
            e.ToTable("invite_failures");
            e.HasKey(x => x.UserId);
        });
        model.Entity<ChatGroup>(e =>
        {
            e.ToTable("chat_groups");
            e.HasKey(x => x.GroupId);
        });
        model.Entity<Announcement>(e =>
        {
            e.ToTable("announcements");
            e.HasIndex(x => x.Day);
        });
        model.Entity<DigestDay>(e =>
        {
            e.ToTable("digest_days");
            e.HasKey(x => x.Day);
        });
        model.Entity<DigestRun>(e =>
        {
            e.ToTable("digest_runs");
            e.HasKey(x => new { x.GroupId, x.Day });
        });
    }

    static void PeopleModel(ModelBuilder model)
    {
        model.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.HasKey(x => x.UserId);
            e.HasMany(x => x.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Organisation>(e =>
        {
            e.ToTable("organisations");
            e.HasIndex(x => new { x.Name, x.Province });
        });
        model.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.HasKey(x => new { x.UserId, x.OrganisationId });
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        });
    }

    static void ReportsModel(ModelBuilder model)
    {
        model.Entity<Report>(e =>
        {
            e.ToTable("reports");
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.ReporterUserId, x.ConfirmedAt });
            e.HasIndex(x => x.Date);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(x => x.Measures).WithOne().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Photos).WithOne().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Measure>(e =>
        {
            e.ToTable("measures");
            e.HasIndex(x => new { x.Category, x.Date });
        });
        model.Entity<ReportPhoto>(e =>
        {
            e.ToTable("report_photos");
            e.HasKey(x => new { x.ReportId, x.N });
        });
        model.Entity<ReportVersion>(e =>
        {
            e.ToTable("report_versions");
            e.HasKey(x => new { x.ReportId, x.Version });
        });
        model.Entity<HeldPhoto>(e =>
        {
            e.ToTable("held_photos");
            e.HasIndex(x => new { x.UserId, x.ExpiresAt });
        });
    }
}
