using System.Text;
using CodiBot.Conversations;
using static CodiBot.Digest.DigestWords;

namespace CodiBot.Digest;

/// <summary>The digest as plain text (the message's text, logs, any client without Flex) and as LINE's altText.</summary>
public static class DigestText
{
    /// <summary>LINE's limits: altText 400 characters, a text message 5,000.</summary>
    public const int AltTextMax = 400;
    public const int TextMax = 5000;

    /// <summary>The digest as a bot message: the text form, with the view for adapters that draw it richer.</summary>
    public static BotMessage Message(DigestView d, IReadOnlyList<Choice>? choices = null) => new(Plain(d), choices) { Digest = d };

    public static string Plain(DigestView d)
    {
        var lang = d.Lang;
        var s = new StringBuilder();
        s.AppendLine(d.En() ? CentreEnglish : Centre);
        s.AppendLine($"{Title(d)} {DayLine(d)}{(d.Late ? " " + LateMark(d) : "")}");
        s.AppendLine(d.Reports > 0 ? KeyFigures(d) : NoReports(d));
        if (d.Categories.Count > 0)
        {
            s.AppendLine().AppendLine($"{CategoriesHeading(d)} ({SinceLine(d)})");
            foreach (var c in d.Categories)
                s.AppendLine($"• {c.Name}{(c.ReportsToday > 0 ? $" ({ReportsCount(c.ReportsToday, lang)})" : "")}: {DayAmounts(c, lang)} · {CumulativeAmounts(c, lang)}");
        }
        if (d.Regions.Any(r => r.Reports > 0))
        {
            s.AppendLine().AppendLine(RegionsHeading(d));
            foreach (var r in d.Regions)
                s.AppendLine($"• {RegionName(r.Region, lang)}: {RegionLine(r, lang)}{(r.Top.Count > 0 ? " — " + RegionTop(r, lang) : "")}");
        }
        if (d.Notable.Count > 0)
        {
            s.AppendLine().AppendLine(NotableHeading(d));
            foreach (var n in d.Notable) s.AppendLine($"• {n.CategoryName} {Amount(n.Amount, lang)} — {Who(n, lang)}");
        }
        if (d.Progress.Count > 0)
        {
            s.AppendLine().AppendLine(ProgressHeading(d));
            foreach (var p in d.Progress) s.AppendLine($"• {p.Name}: {ProgressLine(p, lang)}");
        }
        if (d.Announcements.Count > 0)
        {
            s.AppendLine().AppendLine(AnnouncementsHeading(d));
            foreach (var a in d.Announcements) s.AppendLine($"• {Clip(a.Text, 500)}{(a.Author is { Length: > 0 } who ? $" — {who}" : "")}");
        }
        return Clip(s.ToString().TrimEnd(), TextMax);
    }

    /// <summary>What the chat list and notifications show: the day, the key figures, then the busiest activities while they fit in 400 characters.</summary>
    public static string Alt(DigestView d)
    {
        var lang = d.Lang;
        var head = $"{(d.En() ? "CODI" : Centre)} {(d.En() ? "summary" : "สรุป")} {DayLine(d)}{(d.Late ? " " + LateMark(d) : "")}: ";
        var s = new StringBuilder(head);
        s.Append(d.Reports > 0 ? KeyFigures(d) : NoReports(d));
        foreach (var c in d.Categories.Where(c => c.ReportsToday > 0 || c.Today.Count > 0))
        {
            var part = $" · {c.Name} {(c.Today.Count > 0 ? Amounts(c.Today, lang) : ReportsCount(c.ReportsToday, lang))}";
            if (s.Length + part.Length > AltTextMax) break;
            s.Append(part);
        }
        return Clip(s.ToString(), AltTextMax);
    }
}
