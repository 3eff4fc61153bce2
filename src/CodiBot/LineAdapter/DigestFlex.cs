using System.Text.Json;
using System.Text.Json.Nodes;
using CodiBot.Digest;
using CodiBot.Line.Messaging;
using static CodiBot.Digest.DigestWords;

namespace CodiBot.LineAdapter;

/// <summary>
/// Draws a digest as LINE Flex: one bubble on a quiet day; on a busier one a carousel with a page per section
/// (activities, regions, largest figures, programme progress, announcements). Bars are boxes whose width is the
/// share. When LINE's limits (12 bubbles, 30 KB a bubble, 50 KB in all) would break, the longest sections lose their
/// last pages and say how many items were left out; the altText still carries the key totals.
/// </summary>
public static class DigestFlex
{
    const string Green = "#0B6E4F", Bar = "#2E9E6B", Track = "#E3EBE7", Grey = "#6B7B74", Ink = "#1F2A26", Late = "#FFE082";
    const int RowsPerPage = 6, OneBubbleRows = 8;

    sealed record Section(string Heading, string? Note, List<JsonObject> Rows)
    {
        public string Continued { get; init; } = " (ต่อ)";
    }

    public static JsonObject Render(DigestView d)
    {
        var sections = Sections(d);
        if (sections.Sum(s => s.Rows.Count) <= OneBubbleRows && sections.Count <= 3)
        {
            var body = new List<JsonObject> { KeyFigures(d) };
            foreach (var s in sections) body.AddRange([Separator(), .. SectionHead(s), .. s.Rows]);
            var single = Bubble(d, body);
            if (Size(single) <= LineLimits.BubbleBytes) return single;
        }
        return Carousel(d, sections);
    }

    static JsonObject Carousel(DigestView d, List<Section> sections)
    {
        // Pages per section; when over LINE's limits the longest section gives up its last page first, so every
        // section keeps its first page as long as possible.
        var pages = sections.Select(s => Enumerable.Range(0, (s.Rows.Count + RowsPerPage - 1) / RowsPerPage).ToList()).ToList();
        while (true)
        {
            var bubbles = Bubbles(d, sections, pages);
            if (bubbles.Count <= 1 || bubbles.Count <= LineLimits.CarouselBubbles && !TooLarge(bubbles))
                return bubbles.Count == 1 ? bubbles[0] : new JsonObject { ["type"] = "carousel", ["contents"] = new JsonArray([.. bubbles]) };
            var longest = pages.Select((p, i) => (Count: p.Count, i)).Where(x => x.Count > 0)
                .OrderByDescending(x => x.Count).ThenByDescending(x => x.i).First().i;
            pages[longest].RemoveAt(pages[longest].Count - 1);
        }
    }

    static List<JsonObject> Bubbles(DigestView d, List<Section> sections, List<List<int>> pages)
    {
        var bodies = new List<List<JsonObject>>();
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            foreach (var page in pages[s])
            {
                var rows = section.Rows.Skip(page * RowsPerPage).Take(RowsPerPage).ToList();
                var body = new List<JsonObject>([.. SectionHead(section, continued: page > 0), .. rows]);
                var shown = Math.Min(section.Rows.Count, (page + 1) * RowsPerPage);
                if (page == pages[s][^1] && shown < section.Rows.Count)
                    body.Add(Text(d.En() ? $"…and {section.Rows.Count - shown} more" : $"…และอีก {section.Rows.Count - shown} รายการ", "xs", Grey, margin: "md"));
                bodies.Add(body);
            }
        }
        // The first page always leads with the key figures, also on a day with nothing else to show.
        if (bodies.Count == 0) bodies.Add([]);
        bodies[0].Insert(0, KeyFigures(d));
        if (bodies[0].Count > 1) bodies[0].Insert(1, Separator());
        return bodies.Select(b => Bubble(d, b)).ToList();
    }

    static bool TooLarge(List<JsonObject> bubbles) =>
        bubbles.Any(b => Size(b) > LineLimits.BubbleBytes) || bubbles.Sum(Size) + 40 + bubbles.Count > LineLimits.CarouselBytes;

    /// <summary>Bytes as the LINE library measures them (System.Text.Json, Thai escaped), so our check and its check agree.</summary>
    public static int Size(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node).Length;

    static List<Section> Sections(DigestView d)
    {
        var lang = d.Lang;
        var list = new List<Section>();
        var more = d.En() ? " (cont.)" : " (ต่อ)";
        if (d.Categories.Count > 0)
        {
            var most = Math.Max(1, d.Categories.Max(c => c.ReportsToday));
            list.Add(new(CategoriesHeading(d), SinceLine(d), d.Categories.Select(c => Row(
                Line(c.Name, c.ReportsToday > 0 ? ReportsCount(c.ReportsToday, lang) : null),
                c.ReportsToday > 0 ? BarOf(c.ReportsToday * 100.0 / most, Bar) : null,
                Text(DayAmounts(c, lang), "sm", Ink, wrap: true, weight: "bold"),
                Text(CumulativeAmounts(c, lang), "xs", Grey, wrap: true))).ToList()));
        }
        if (d.Regions.Any(r => r.Reports > 0))
        {
            var most = Math.Max(1, d.Regions.Max(r => r.Reports));
            list.Add(new(RegionsHeading(d), null, d.Regions.Select(r => Row(
                Line(RegionName(r.Region, lang), RegionLine(r, lang)),
                BarOf(r.Reports * 100.0 / most, Bar),
                r.Top.Count > 0 ? Text(RegionTop(r, lang), "xs", Grey, wrap: true) : null)).ToList()));
        }
        if (d.Notable.Count > 0)
            list.Add(new(NotableHeading(d), null, d.Notable.Select(n => Row(
                Text(n.CategoryName, "xs", Grey, wrap: true),
                Text(Amount(n.Amount, lang), "md", Ink, weight: "bold"),
                Text(Who(n, lang), "xs", Ink, wrap: true))).ToList()));
        if (d.Progress.Count > 0)
            list.Add(new(ProgressHeading(d), null, d.Progress.Select(p => Row(
                Text(p.Name, "sm", Ink, wrap: true, weight: "bold"),
                BarOf(p.Percent, ProgressColour(p.Percent)),
                Text(ProgressLine(p, lang), "xs", Grey, wrap: true))).ToList()));
        if (d.Announcements.Count > 0)
            list.Add(new(AnnouncementsHeading(d), null, d.Announcements.Select(a => Row(
                Text(Clip(a.Text, 300), "sm", Ink, wrap: true),
                a.Author is { Length: > 0 } who ? Text("— " + who, "xxs", Grey) : null)).ToList()));
        return list.Select(s => s with { Continued = more }).ToList();
    }

    /// <summary>CODI's own legend: red under 50 per cent, yellow to 80, green above.</summary>
    static string ProgressColour(double percent) => percent < 50 ? "#D64545" : percent <= 80 ? "#E0A800" : Bar;

    static JsonObject Bubble(DigestView d, List<JsonObject> body)
    {
        var header = new List<JsonObject>
        {
            Text(d.En() ? CentreEnglish : Centre, "xs", "#CFE8DD"),
            Text(Title(d), "lg", "#FFFFFF", weight: "bold", wrap: true),
            Text(DayLine(d), "sm", "#FFFFFF", wrap: true),
        };
        if (d.Late) header.Add(Text(LateMark(d), "sm", Late, weight: "bold"));
        return new JsonObject
        {
            ["type"] = "bubble",
            ["header"] = Box("vertical", header, ("backgroundColor", Green), ("paddingAll", "16px"), ("spacing", "xs")),
            ["body"] = Box("vertical", body.Count > 0 ? body : [Text(NoReports(d), "sm", Ink, wrap: true)], ("spacing", "sm")),
        };
    }

    static JsonObject KeyFigures(DigestView d)
    {
        if (d.Reports == 0) return Text(NoReports(d), "sm", Ink, wrap: true);
        var en = d.En();
        JsonObject Figure(int n, string label) => Box("vertical",
            [Text(Number(n), "xl", Green, weight: "bold", align: "center"), Text(label, "xs", Grey, align: "center")]);
        return Box("horizontal",
            [Figure(d.Reports, en ? "reports" : "รายงาน"), Figure(d.Organisations, en ? "organisations" : "องค์กร"), Figure(d.Provinces, en ? "provinces" : "จังหวัด")]);
    }

    static IEnumerable<JsonObject> SectionHead(Section s, bool continued = false)
    {
        yield return Text(s.Heading + (continued ? s.Continued : ""), "md", Green, weight: "bold", wrap: true, margin: "md");
        if (s.Note is not null && !continued) yield return Text(s.Note, "xxs", Grey, wrap: true);
    }

    static JsonObject Row(params JsonObject?[] parts) => Box("vertical", parts.OfType<JsonObject>().ToList(), ("margin", "md"), ("spacing", "xs"));

    /// <summary>A name on the left, a small figure on the right.</summary>
    static JsonObject Line(string name, string? right)
    {
        var parts = new List<JsonObject> { Text(name, "sm", Ink, wrap: true, weight: "bold", flex: 3) };
        if (right is not null) parts.Add(Text(right, "xs", Grey, align: "end", flex: 2, wrap: true));
        return Box("horizontal", parts);
    }

    /// <summary>A track with a filled part; at least a sliver shows for any non-zero share, and never more than full.</summary>
    static JsonObject BarOf(double percent, string colour)
    {
        var width = percent <= 0 ? 0 : Math.Clamp((int)Math.Round(percent), 2, 100);
        var fill = Box("vertical", [new JsonObject { ["type"] = "filler" }], ("width", $"{width}%"), ("height", "6px"), ("backgroundColor", width > 0 ? colour : Track));
        return Box("vertical", [fill], ("height", "6px"), ("backgroundColor", Track), ("cornerRadius", "3px"));
    }

    static JsonObject Separator() => new() { ["type"] = "separator", ["margin"] = "md" };

    static JsonObject Text(string text, string size, string colour, bool wrap = false, string? weight = null, string? align = null, int? flex = null, string? margin = null)
    {
        var t = new JsonObject { ["type"] = "text", ["text"] = text.Length > 0 ? text : " ", ["size"] = size, ["color"] = colour };
        if (wrap) t["wrap"] = true;
        if (weight is not null) t["weight"] = weight;
        if (align is not null) t["align"] = align;
        if (flex is not null) t["flex"] = flex;
        if (margin is not null) t["margin"] = margin;
        return t;
    }

    static JsonObject Box(string layout, List<JsonObject> contents, params (string Key, string Value)[] props)
    {
        // A component already placed (a page rebuilt after trimming) is copied: a JSON node has one parent.
        var box = new JsonObject { ["type"] = "box", ["layout"] = layout, ["contents"] = new JsonArray([.. contents.Select(c => c.Parent is null ? c : c.DeepClone())]) };
        foreach (var (k, v) in props) box[k] = v;
        return box;
    }
}
