namespace CodiBot.Thai;

internal enum ItemKind { Goods, People, Activity, Money }

/// <summary>An item name found in text: where it is and the clean name it stands for.</summary>
internal readonly record struct ItemMatch(string Name, ItemKind Kind, int Start, int End);

/// <summary>Things CODI communities count in the COVID response (domain.md §3), each written many ways:
/// with or without "อนามัย", misspelt, in English. Every form maps to one clean Thai name so totals add up.</summary>
internal static class ItemLexicon
{
    sealed record Entry(string Name, ItemKind Kind, string[] Forms);

    static readonly Entry[] Entries =
    [
        new("หน้ากากผ้า", ItemKind.Goods, ["หน้ากากผ้า", "หน้ากากอนามัยแบบผ้า", "หน้ากากอนามัยผ้า", "หน้ากากแบบผ้า", "หน้ากากอนามัยชนิดผ้า", "แมสผ้า", "ผ้าปิดจมูก", "cloth masks", "cloth mask", "fabric masks", "fabric mask"]),
        new("หน้ากากอนามัย", ItemKind.Goods, ["หน้ากากอนามัย", "หน้ากากอานามัย", "หน้ากาก", "แมสก์", "แมส", "face masks", "face mask", "surgical masks", "masks", "mask"]),
        new("เฟซชิลด์", ItemKind.Goods, ["เฟซชิลด์", "เฟสชิลด์", "เฟซชีลด์", "เฟสชีลด์", "เฟชชิลด์", "face shields", "face shield", "face sheild", "faceshield"]),
        new("เจลแอลกอฮอล์", ItemKind.Goods, ["เจลแอลกอฮอล์", "เจลแอลกอฮอร์", "เจลแอลกอฮอลล์", "เจลแอลกอฮอ", "เจลแอกอฮอล์", "แอลกอฮอล์เจล", "เจลล้างมือ", "เจล", "alcohol gel", "hand gel", "hand sanitizer", "hand sanitiser", "sanitizer", "sanitiser", "gel"]),
        new("แอลกอฮอล์", ItemKind.Goods, ["แอลกอฮอล์", "แอลกอฮอร์", "แอลกอฮอลล์", "alcohol"]),
        new("สบู่เหลว", ItemKind.Goods, ["สบู่เหลว", "liquid soap"]),
        new("สบู่", ItemKind.Goods, ["สบู่", "soap"]),
        new("น้ำยาฆ่าเชื้อ", ItemKind.Goods, ["น้ำยาฆ่าเชื้อ", "ยาฆ่าเชื้อ", "disinfectant"]),
        new("ข้าวสารอาหารแห้ง", ItemKind.Goods, ["ชุดข้าวสารอาหารแห้ง", "ข้าวสารอาหารแห้ง", "ข้าวสารและอาหารแห้ง"]),
        new("ข้าวสาร", ItemKind.Goods, ["ข้าวสาร", "ข้าว", "rice"]),
        new("ไข่ไก่", ItemKind.Goods, ["ไข่ไก่", "ไข่", "eggs", "egg"]),
        new("น้ำดื่ม", ItemKind.Goods, ["น้ำดื่ม", "น้ำเปล่า", "drinking water", "bottled water", "water"]),
        new("ถุงยังชีพ", ItemKind.Goods, ["ถุงยังชีพ", "ถุงยังชิพ", "survival bags", "survival bag", "relief bags", "relief bag", "relief packs", "relief kits"]),
        new("อาหารแห้ง", ItemKind.Goods, ["อาหารแห้ง", "dry food", "dried food"]),
        new("เครื่องอุปโภคบริโภค", ItemKind.Goods, ["เครื่องอุปโภคบริโภค", "ของอุปโภคบริโภค", "อุปโภคบริโภค", "consumer goods"]),
        new("บะหมี่กึ่งสำเร็จรูป", ItemKind.Goods, ["บะหมี่กึ่งสำเร็จรูป", "มาม่า", "instant noodles"]),
        new("ปลากระป๋อง", ItemKind.Goods, ["ปลากระป๋อง", "canned fish"]),
        new("ข้าวกล่อง", ItemKind.Goods, ["ข้าวกล่อง", "อาหารกล่อง", "food boxes", "meal boxes", "lunch boxes"]),
        new("อาหาร", ItemKind.Goods, ["อาหาร", "meals", "food"]),
        new("นม", ItemKind.Goods, ["นม", "milk"]),
        new("ขนม", ItemKind.Goods, ["ขนม", "snacks"]),
        new("ผัก", ItemKind.Goods, ["ผักสด", "ผัก", "vegetables"]),
        new("ผลไม้", ItemKind.Goods, ["ผลไม้", "fruit"]),
        new("เครื่องวัดอุณหภูมิ", ItemKind.Goods, ["เครื่องวัดอุณหภูมิ", "เครื่องวัดไข้", "ปรอทวัดไข้", "ที่วัดไข้", "เทอร์โมมิเตอร์", "thermometers", "thermometer"]),
        new("ถุงมือ", ItemKind.Goods, ["ถุงมือยาง", "ถุงมือทางการแพทย์", "ถุงมือ", "gloves"]),
        new("ชุด PPE", ItemKind.Goods, ["ชุด PPE", "ชุดPPE", "PPE"]),
        new("เสื้อกันฝน", ItemKind.Goods, ["เสื้อกันฝน", "raincoats"]),
        new("จักรเย็บผ้า", ItemKind.Goods, ["จักรเย็บผ้า", "sewing machines"]),
        new("พัดลม", ItemKind.Goods, ["พัดลม", "fans"]),
        new("ผ้าห่ม", ItemKind.Goods, ["ผ้าห่ม", "blankets"]),
        new("ถุงผ้า", ItemKind.Goods, ["ถุงผ้า"]),
        new("ผ้า", ItemKind.Goods, ["ผ้า", "fabric", "cloth"]),
        new("ชุดตรวจ ATK", ItemKind.Goods, ["ชุดตรวจ ATK", "ชุดตรวจATK", "ATK", "ชุดตรวจโควิด", "ชุดตรวจ", "test kits", "antigen test kits"]),
        new("กิฟต์เซ็ต", ItemKind.Goods, ["กีฟเซท", "กิ๊ฟเซ็ท", "กิฟท์เซ็ท", "กิ๊ฟเซ็ต", "กิฟต์เซ็ต", "gift sets", "gift set"]),
        new("ฟ้าทะลายโจร", ItemKind.Goods, ["ยาฟ้าทะลายโจร", "ฟ้าทะลายโจร"]),
        new("ยาสามัญประจำบ้าน", ItemKind.Goods, ["ยาสามัญประจำบ้าน", "ยาสามัญ"]),
        new("เมล็ดพันธุ์", ItemKind.Goods, ["เมล็ดพันธุ์ผัก", "เมล็ดพันธุ์", "seeds"]),
        new("ใบปลิว", ItemKind.Goods, ["ใบปลิว", "leaflets", "flyers"]),

        new("สมาชิก", ItemKind.People, ["สมาชิกกองทุน", "สมาชิก", "members"]),
        new("ประชาชน", ItemKind.People, ["ประชาชน", "ชาวบ้าน", "residents", "villagers"]),
        new("ผู้สูงอายุ", ItemKind.People, ["ผู้สูงอายุ", "คนชรา", "elderly"]),
        new("ผู้พิการ", ItemKind.People, ["ผู้พิการ", "คนพิการ", "disabled"]),
        new("ผู้ป่วยติดเตียง", ItemKind.People, ["ผู้ป่วยติดเตียง", "bedridden"]),
        new("ผู้ป่วย", ItemKind.People, ["ผู้ป่วย", "patients"]),
        new("ผู้ติดเชื้อ", ItemKind.People, ["ผู้ติดเชื้อ", "infected"]),
        new("เด็ก", ItemKind.People, ["เด็กเล็ก", "เด็ก", "นักเรียน", "children", "students"]),
        new("คนไร้บ้าน", ItemKind.People, ["คนไร้บ้าน", "ผู้ไร้บ้าน", "homeless"]),
        new("อสม.", ItemKind.People, ["อาสาสมัครสาธารณสุขประจำหมู่บ้าน", "อาสาสมัครสาธารณสุข", "อสม.", "อสม"]),
        new("อาสาสมัคร", ItemKind.People, ["อาสาสมัคร", "จิตอาสา", "volunteers"]),
        new("ผู้กักตัว", ItemKind.People, ["ผู้ถูกกักตัว", "ผู้กักตัว", "กลุ่มเสี่ยง"]),
        new("แรงงาน", ItemKind.People, ["แรงงานคืนถิ่น", "แรงงาน", "workers"]),
        new("ผู้ได้รับผลกระทบ", ItemKind.People, ["ผู้ได้รับผลกระทบ", "ได้รับผลกระทบ", "ผู้เดือดร้อน", "affected"]),
        new("ผู้เข้าร่วม", ItemKind.People, ["ผู้เข้าร่วม", "ผู้เข้าอบรม", "participants", "trainees"]),
        new("แกนนำ", ItemKind.People, ["แกนนำ", "leaders"]),

        new("จุดคัดกรอง", ItemKind.Activity, ["จุดตรวจคัดกรอง", "จุดคัดกรอง", "ด่านคัดกรอง", "จุดตรวจ", "screening points", "screening point", "checkpoints"]),
        new("สถานที่กักตัว", ItemKind.Activity, ["สถานที่สำหรับกักตัว", "สถานที่กักตัว", "พื้นที่สำหรับกักตัว", "พื้นที่กักตัว", "ศูนย์กักตัว", "local quarantine", "quarantine sites", "quarantine site", "quarantine centres", "quarantine centers"]),
        new("พ่นยาฆ่าเชื้อ", ItemKind.Activity, ["ฉีดพ่นยาฆ่าเชื้อ", "พ่นยาฆ่าเชื้อ", "sprayed disinfectant", "spraying disinfectant", "disinfectant spraying", "ฉีดพ่นฆ่าเชื้อ", "พ่นฆ่าเชื้อ", "ย่นฆ่าเชื้อ", "ฉีดพ่น", "disinfection", "disinfected"]),
        new("ศูนย์เฝ้าระวัง", ItemKind.Activity, ["ศูนย์เฝ้าระวังและคัดกรอง", "ศูนย์เฝ้าระวัง"]),
        new("โรงทาน", ItemKind.Activity, ["โรงทาน", "soup kitchens", "soup kitchen"]),
        new("ตู้ปันสุข", ItemKind.Activity, ["ตู้ปันสุข", "pantries", "pantry"]),

        new("เงิน", ItemKind.Money, ["เงินสด", "เงิน", "cash", "money"]),
        new("เงินบริจาค", ItemKind.Money, ["เงินบริจาค", "ระดมทุน", "donations", "donation"]),
        new("เงินสมทบ", ItemKind.Money, ["เงินสมทบ", "สมทบทุน", "สมทบ", "contributions", "contribution"]),
        new("งบประมาณ", ItemKind.Money, ["งบประมาณ", "budget"]),
        new("ค่าอาหาร", ItemKind.Money, ["ค่าอาหาร"]),
        new("ค่าน้ำมัน", ItemKind.Money, ["ค่าน้ำมันรถ", "ค่าน้ำมัน", "fuel"]),
        new("สินเชื่อ", ItemKind.Money, ["สินเชื่อ", "เงินกู้", "loans", "loan"]),
    ];

    /// <summary>Every item form in s[from..to) that is not inside a longer one, in text order.</summary>
    public static List<ItemMatch> FindAll(string s, int from, int to)
    {
        var all = new List<ItemMatch>();
        foreach (var e in Entries)
            foreach (var form in e.Forms)
            {
                var latin = ThaiChars.IsLatinLetter(form[0]);
                var comparison = latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                for (var i = from; i < to && (i = s.IndexOf(form, i, to - i, comparison)) >= 0; i++)
                {
                    var end = i + form.Length;
                    if (end > to) break;
                    if (!Whole(s, i, end, latin)) continue;
                    all.Add(new ItemMatch(e.Name, e.Kind, i, end));
                }
            }
        AddSplitByASpace(s, from, to, all);
        // A form inside a longer one ("หน้ากาก" in "หน้ากากผ้า", "นม" in "ขนม") is not a mention of its own.
        return all.Where(m => !all.Any(o => o != m && o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start))
                  .Distinct().OrderBy(m => m.Start).ToList();
    }

    /// <summary>Phone typists put stray spaces inside words ("หน้ากาก ผ้า", "ไข่ ไก่"). Longer Thai forms are also
    /// looked for with the spaces between Thai letters taken out; short ones would be found across real word gaps.</summary>
    static void AddSplitByASpace(string s, int from, int to, List<ItemMatch> found)
    {
        var compact = new System.Text.StringBuilder();
        var at = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (s[i] == ' ' && i > from && i + 1 < to && ThaiChars.IsThaiLetter(s[i - 1]) && ThaiChars.IsThaiLetter(s[i + 1])) continue;
            compact.Append(s[i]);
            at.Add(i);
        }
        if (at.Count == to - from) return;
        var c = compact.ToString();
        foreach (var e in Entries)
            foreach (var form in e.Forms.Where(f => f.Length >= 5 && !ThaiChars.IsLatinLetter(f[0])))
                for (var i = c.IndexOf(form, StringComparison.Ordinal); i >= 0; i = c.IndexOf(form, i + 1, StringComparison.Ordinal))
                {
                    var start = at[i];
                    var end = at[i + form.Length - 1] + 1;
                    if (end - start > form.Length && Whole(s, start, end, latin: false)) found.Add(new ItemMatch(e.Name, e.Kind, start, end));
                }
    }

    /// <summary>Latin forms are whole words. Thai forms must not cut a syllable: "นม" is not inside "บ้านมั่นคง"
    /// (a vowel attaches after it) nor "เนม" (a leading vowel before it).</summary>
    static bool Whole(string s, int start, int end, bool latin) =>
        latin
            ? ThaiChars.IsEdge(s, start - 1) && ThaiChars.IsEdge(s, end)
            : (end == s.Length || !ThaiChars.Attaches(s[end])) && (start == 0 || !ThaiChars.IsLeadingVowel(s[start - 1]));

    /// <summary>The item form that starts exactly at <paramref name="start"/> (longest), or null.</summary>
    public static ItemMatch? At(string s, int start)
    {
        if (start >= s.Length) return null;
        ItemMatch? best = null;
        foreach (var e in Entries)
            foreach (var form in e.Forms)
            {
                var latin = ThaiChars.IsLatinLetter(form[0]);
                if (string.Compare(s, start, form, 0, form.Length, latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) != 0) continue;
                if (start + form.Length > s.Length || !Whole(s, start, start + form.Length, latin)) continue;
                if (best is null || form.Length > best.Value.End - best.Value.Start)
                    best = new ItemMatch(e.Name, e.Kind, start, start + form.Length);
            }
        return best;
    }
}
