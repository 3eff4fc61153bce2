namespace CodiBot.Digest;

/// <summary>The daily digest ("Digest" section).</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Off: no scheduled digests (the "สรุป…" replies still work).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Cron expression (5 fields) in Bot:TimeZone; each occurrence sends the digest of that Bangkok day.</summary>
    public string Schedule { get; set; } = "0 18 * * *";
    /// <summary>A digest sent this long after its scheduled time is marked late.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Wait before trying again when preparing a digest failed (database busy, LINE down).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Programme targets file; relative paths are under the dialogs folder.</summary>
    public string TargetsFile { get; set; } = ProgrammeTargets.DefaultFile;
    /// <summary>How many of the day's largest figures the digest names.</summary>
    public int NotableReports { get; set; } = 5;
}
