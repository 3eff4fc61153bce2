using System.Text.Json.Nodes;
using CodiBot.Conversations;
using CodiBot.Digest;
using CodiBot.Line.Messaging;
using CodiBot.LineAdapter;
using CodiBot.Testing;
using CodiBot.Thai;

namespace CodiBot.Tests.Digest;

/// <summary>The digest's text, altText and Flex forms from hand-made views: exact words, and LINE's limits on a very large day.</summary>
public sealed class DigestFormatTests
{
    static readonly DateOnly Day = new(2020, 3, 27);

    static DigestView Small(bool late = false) => new()
    {
        Day = Day, Lang = Lang.Th, Late = late, Reports = 3, Organisations = 2, Provinces = 2, CumulativeSince = new(2019, 10, 1),
        Categories =
        [
            new("mask_distribution", "แจกหน้ากาก", 2, [new("ชิ้น", 11000)], [new("ชิ้น", 250000.5)]),
            new("gel", "เจล/สบู่ล้างมือ", 1, [new("ลิตร", 7), new("ก้อน", 200, 200)], [new("ลิตร", 7), new("ก้อน", 200, 200)]),
            new("money", "เงินสมทบ/สนับสนุน", 0, [], [new("บาท", 10000)]),
        ],
        Regions = [new(Region.South, 3, 2, [("แจกหน้ากาก", new Amount("ชิ้น", 11000))])],
        Notable = [new("แจกหน้ากาก", new Amount("ชิ้น", 10000), "สภาองค์กรชุมชนตำบลละแม", "ชุมพร", "K7P2Q")],
        FiscalYear = 2563,
        Progress = [new("บ้านพอเพียงชนบท · ครัวเรือนอนุมัติ", "ครัวเรือน", 10840, 11500)],
        Announcements = [new("งดประชุมวันศุกร์", "ศปก. ส่วนกลาง")],
    };

    [Fact]
    public void The_plain_text_reads_as_a_Thai_situation_report()
    {
        Assert.Equal("""
            ศปก.โควิด-19 พอช.
            สรุปสถานการณ์ประจำวัน 27 มี.ค. 2563 · ทั้งประเทศ (ส่งล่าช้า)
            รายงาน 3 ฉบับ · 2 องค์กร · 2 จังหวัด

            ยอดตามกิจกรรม (สะสมตั้งแต่ 1 ต.ค. 2562)
            • แจกหน้ากาก (2 รายงาน): 11,000 ชิ้น · สะสม 250,000.5 ชิ้น
            • เจล/สบู่ล้างมือ (1 รายงาน): 7 ลิตร, กว่า 200 ก้อน · สะสม 7 ลิตร, กว่า 200 ก้อน
            • เงินสมทบ/สนับสนุน: – · สะสม 10,000 บาท

            รายภาค
            • ภาคใต้: 3 รายงาน · 2 องค์กร — แจกหน้ากาก 11,000 ชิ้น

            รายงานเด่นของวัน
            • แจกหน้ากาก 10,000 ชิ้น — สภาองค์กรชุมชนตำบลละแม (จ.ชุมพร)

            ความคืบหน้าโครงการ ปีงบประมาณ 2563
            • บ้านพอเพียงชนบท · ครัวเรือนอนุมัติ: 10,840 จาก 11,500 ครัวเรือน (ร้อยละ 94.26)

            ประกาศจากศูนย์
            • งดประชุมวันศุกร์ — ศปก. ส่วนกลาง
            """.ReplaceLineEndings("\n"), DigestText.Plain(Small(late: true)));
    }

    [Fact]
    public void The_alt_text_carries_the_key_totals_within_400_characters()
    {
        Assert.Equal("ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563 · ทั้งประเทศ (ส่งล่าช้า): รายงาน 3 ฉบับ · 2 องค์กร · 2 จังหวัด · แจกหน้ากาก 11,000 ชิ้น · เจล/สบู่ล้างมือ 7 ลิตร, กว่า 200 ก้อน",
            DigestText.Alt(Small(late: true)));
        var large = DigestText.Alt(Large());
        Assert.InRange(large.Length, 300, LineLimits.AltText);
        Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563 · ทั้งประเทศ: รายงาน 12,345 ฉบับ · 1,234 องค์กร · 77 จังหวัด · ", large);
    }

    [Fact]
    public void A_late_digest_says_so_in_every_bubble()
    {
        var flex = DigestFlex.Render(Small(late: true));
        Assert.Equal("carousel", flex["type"]!.ToString());
        var bubbles = flex["contents"]!.AsArray();
        Assert.Equal(5, bubbles.Count); // activities, regions, notable, progress, announcements
        Assert.All(bubbles, b => Assert.Contains("(ส่งล่าช้า)", FlexText.Texts(b!["header"])));
        Assert.DoesNotContain("(ส่งล่าช้า)", FlexText.Texts(DigestFlex.Render(Small())));
    }

    [Fact]
    public void Bars_are_boxes_as_wide_as_the_share()
    {
        var widths = Widths(DigestFlex.Render(Small()));
        // Activities by reports (2 of 2, 1 of 2; none for money), the region, then progress 94.26 → 94.
        Assert.Equal(["100%", "50%", "100%", "94%"], widths);
    }

    [Fact]
    public void A_very_large_day_becomes_a_carousel_within_LINEs_limits_and_valid_against_the_spec()
    {
        var view = Large();
        var flex = DigestFlex.Render(view);
        Assert.Equal("carousel", flex["type"]!.ToString());
        var bubbles = flex["contents"]!.AsArray();
        Assert.InRange(bubbles.Count, 2, LineLimits.CarouselBubbles);
        Assert.All(bubbles, b => Assert.InRange(DigestFlex.Size(b!), 1, LineLimits.BubbleBytes));
        Assert.InRange(DigestFlex.Size(flex), 1, LineLimits.CarouselBytes);
        // Every section keeps its first page; the long ones say how much was left out.
        var texts = FlexText.Texts(flex);
        InOrder.Texts(texts, "ยอดตามกิจกรรม", "รายภาค", "รายงานเด่นของวัน", "ความคืบหน้าโครงการ ปีงบประมาณ 2563", "ประกาศจากศูนย์");
        Assert.Contains(texts, t => t.StartsWith("…และอีก ") && t.EndsWith(" รายการ"));
        Assert.Contains("…และอีก 34 รายการ", FlexText.Texts(bubbles[^1]));

        var message = Assert.Single(LineRendering.Render([DigestText.Message(view)]));
        var body = new JsonObject { ["to"] = "C" + new string('a', 32), ["messages"] = new JsonArray(message.ToJson()) };
        Assert.Empty(LineSpec.MessagingApi.ValidateRequest("POST", "/v2/bot/message/push", body.ToJsonString()));
    }

    [Fact]
    public void The_spec_check_does_catch_a_broken_bar()
    {
        var message = Assert.Single(LineRendering.Render([DigestText.Message(Small())])).ToJson();
        var bar = FindBar(message)!;
        bar.Remove("layout");
        var body = new JsonObject { ["to"] = "C" + new string('a', 32), ["messages"] = new JsonArray(message) };
        Assert.NotEmpty(LineSpec.MessagingApi.ValidateRequest("POST", "/v2/bot/message/push", body.ToJsonString()));
    }

    /// <summary>Twelve activities in three units, every region, twenty programme targets and forty long announcements.</summary>
    static DigestView Large()
    {
        var units = new[] { "ชิ้น", "กิโลกรัม", "บาท" };
        return new DigestView
        {
            Day = Day, Lang = Lang.Th, Reports = 12345, Organisations = 1234, Provinces = 77, CumulativeSince = new(2019, 10, 1),
            Categories = Enumerable.Range(1, 12).Select(i => new CategoryFigures($"c{i}", $"กิจกรรมช่วยเหลือชุมชนประเภทที่ {i} (ชื่อยาว)", 100 - i,
                units.Select(u => new Amount(u, 1234567.89 * i)).ToList(), units.Select(u => new Amount(u, 98765432.1 * i, 5)).ToList())).ToList(),
            Regions = Enum.GetValues<Region>().Select(r => new RegionFigures(r, 2000, 300, [("กิจกรรมช่วยเหลือชุมชนประเภทที่ 1", new Amount("ชิ้น", 123456)), ("กิจกรรมช่วยเหลือชุมชนประเภทที่ 2", new Amount("บาท", 99999))])).ToList(),
            Notable = Enumerable.Range(1, 5).Select(i => new NotableReport($"กิจกรรมช่วยเหลือชุมชนประเภทที่ {i}", new Amount("ชิ้น", 50000), "กองทุนสวัสดิการชุมชนเทศบาลตำบลตัวอย่างที่มีชื่อยาวมาก", "นครศรีธรรมราช", null)).ToList(),
            FiscalYear = 2563,
            Progress = Enumerable.Range(1, 20).Select(i => new ProgrammeProgress($"โครงการที่ {i} · ตัวชี้วัดที่ยาวพอสมควร", "ครัวเรือน", 100 * i, 1000)).ToList(),
            Announcements = Enumerable.Range(1, 40).Select(i => new DigestAnnouncement(string.Concat(Enumerable.Repeat($"ประกาศฉบับที่ {i} เรื่องมาตรการป้องกันโควิด-19 ", 40)), "ศปก. ส่วนกลาง")).ToList(),
        };
    }

    static List<string> Widths(JsonNode? node)
    {
        var found = new List<string>();
        void Walk(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                if (o["width"] is JsonValue w) found.Add(w.ToString());
                foreach (var (_, v) in o) Walk(v);
            }
            else if (n is JsonArray a) foreach (var v in a) Walk(v);
        }
        Walk(node);
        return found;
    }

    static JsonObject? FindBar(JsonNode? n) => n switch
    {
        JsonObject o when o["width"] is not null => o,
        JsonObject o => o.Select(p => FindBar(p.Value)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(FindBar).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
