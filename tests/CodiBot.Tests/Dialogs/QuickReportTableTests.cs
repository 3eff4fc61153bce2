using System.Text;
using System.Text.Json.Nodes;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Engine;

namespace CodiBot.Tests.Dialogs;

/// <summary>
/// Realistic free-text field reports against the real covid-response form: the category the bot picks (null =
/// starts nothing) and the quantities it reads. Set CODIBOT_TABLE=path to write the table for a closing note.
/// </summary>
public sealed class QuickReportTableTests
{
    static readonly DateOnly Today = new(2020, 4, 9);

    public static readonly TheoryData<string, string?> Reports = new()
    {
        { "ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น", "mask_production" },
        { "แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง", "food_relief" },
        { "จำนวน 800 ชิ้น จากเป้าหมาย 6,000 ชิ้น ผลิตหน้ากากอนามัยแบบผ้า", "mask_production" },
        { "มอบหน้ากากอนามัยให้ รพ.สต.บ้านควนสวรรค์ 2,400 ชิ้น", "mask_distribution" },
        { "แจกเจลแอลกอฮอล์ จำนวน 7 ลิตร", "gel" },
        { "สบู่ฆ่าเชื้อ จำนวน 200 ก้อน แจกสมาชิกกองทุน", "gel" },
        { "ตั้งจุดคัดกรอง 3 จุด ร่วมกับ อสม.", "screening_point" },
        { "จัดเตรียมพื้นที่สำหรับกักตัว จำนวน 12 ตำบล 18 จุด", "quarantine_site" },
        { "แจกไข่ไก่ครอบครัวละ 1 แผง รวม 2,700 แผง", "food_relief" },
        { "แจกถุงยังชีพ 205 ถุง", "food_relief" },
        { "แจกน้ำดื่ม 48 โหล", "food_relief" },
        { "สมทบทุนให้ รพ.สต. 10,000 บาท", "money" },
        { "สนับสนุนค่าน้ำมันรถประชาสัมพันธ์ 2,000 บาท", "money" },
        { "แจก face shield ให้ อสม. จำนวน 30 ชิ้น", "equipment" },
        { "มอบพัดลมให้โรงพยาบาลชะอวด 100 ตัว", "equipment" },
        { "ผลิตหน้ากากผ้า ๕๐๐ ชิ้น", "mask_production" },
        { "เย็บแมสผ้าได้ 1,200ชิ้น", "mask_production" },
        { "แจกหน้ากากผ้าประมาณ 3 พันชิ้น", "mask_distribution" },
        { "แจกข้าวสาร 1.5 ตัน ให้ผู้ได้รับผลกระทบ 300 ครัวเรือน", "food_relief" },
        { "วันนี้แจกหน้ากาก 2000 ชิ้นค่ะ", "mask_distribution" },
        { "เมื่อวานแจกเจลล้างมือ 50 ขวด", "gel" },
        { "27 มี.ค. 63 แจกข้าวสาร 500 กก.", "food_relief" },
        { "ทำหน้ากากผ้าแจกผู้สูงอายุ 150 ชิ้น และเจล 20 ลิตร", "mask_production" },
        { "ฉีดพ่นยาฆ่าเชื้อในเขตชุมชน 5 จุด", "disinfection" },
        { "รณรงค์ให้ความรู้ป้องกันโควิด 19 ผ่านเสียงตามสาย 3 ครั้ง", "campaign" },
        { "made 500 cloth masks for the elderly", "mask_production" },
        { "gave out 200 kg of rice", "food_relief" },
        { "แจกหน้ากาก2,000ชิ้น เจล50ลิตร", "mask_distribution" },
        { "แจกอาหารกล่อง 120 ชุด ให้คนไร้บ้าน", "food_relief" },
        { "ร่วมกับ อบต. แจกมาม่า 30 ลัง", "food_relief" },
        // Not reports: nothing starts.
        { "งบประมาณปีนี้ได้เท่าไหร่คะ", null },
        { "ประชุมพรุ่งนี้ 9 โมงนะคะ", null },
        { "ขอบคุณทุกคนที่ช่วยกัน", null },
        { "โควิด-19 แพร่ระบาดหนักมาก", null },
    };

    static readonly Lazy<DialogCatalog> Catalog = new(() => DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    [Theory]
    [MemberData(nameof(Reports))]
    public void Free_text_picks_the_right_activity_or_nothing(string text, string? category)
    {
        var dialog = Catalog.Value.Find("covid-response")!;
        var reading = QuickReportReader.Read(dialog, text, Today);
        var starts = reading is not null && reading.CountsSomething;
        Assert.Equal(category, starts ? reading!.CategoryId : null);
    }

    [Fact]
    public void Write_the_table_when_asked()
    {
        var path = Environment.GetEnvironmentVariable("CODIBOT_TABLE");
        var dialog = Catalog.Value.Find("covid-response")!;
        var sb = new StringBuilder("| # | free text | category | quantities (approx ~, target 🎯) | other fields |\n|---|---|---|---|---|\n");
        var n = 0;
        foreach (var row in Reports)
        {
            var text = (string)row[0];
            var r = QuickReportReader.Read(dialog, text, Today);
            var q = r?.Answers["quantity"] as JsonArray;
            var quantities = q is null ? "-" : string.Join("; ", q.Select(x =>
                $"{(x!["approx"]!.GetValue<bool>() ? "~" : "")}{x["value"]} {x["unit"]}{(x["item"] is { } i ? $" ({i})" : "")}{(x["target"]!.GetValue<bool>() ? " 🎯" : "")}"));
            var others = r is null ? "" : string.Join(", ", r.Answers.Where(a => a.Key is not ("category" or "quantity" or "activity")).Select(a => $"{a.Key}={a.Value!.ToJsonString()}"));
            sb.Append($"| {++n} | {text} | {(r is { CountsSomething: true } ? r.CategoryId : r is null ? "(nothing)" : $"offer {r.CategoryId}")} | {quantities} | {others} |\n");
        }
        Assert.True(n >= 30);
        if (path is not null) File.WriteAllText(path, sb.ToString());
    }
}
