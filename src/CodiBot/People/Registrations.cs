using System.Text.Json.Nodes;
using CodiBot.Conversations;
using CodiBot.Dialogs.Engine;
using CodiBot.Storage;
using CodiBot.Thai;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.People;

/// <summary>Who is registered, for which organisations; storing a confirmed registration; a person's own data (PDPA).</summary>
public sealed class Registrations
{
    // Compiled: looked up for every event handled, and LINQ translation would cost more than the query.
    static readonly Func<CodiBotDb, string, Task<Person?>> PersonById = EF.CompileAsyncQuery((CodiBotDb db, string userId) =>
        db.People.AsNoTracking().Include(p => p.Memberships).ThenInclude(m => m.Organisation).FirstOrDefault(p => p.UserId == userId));

    public Task<Person?> FindAsync(CodiBotDb db, string userId, CancellationToken ct) => PersonById(db, userId);

    public static IReadOnlyList<OrganisationRef> OrganisationsOf(Person? person) =>
        person?.Memberships.Where(m => m.Organisation is not null).OrderBy(m => m.CreatedAt)
            .Select(m => new OrganisationRef(m.OrganisationId, m.Organisation!.Name, m.Organisation.Province, m.Organisation.Region)).ToList() ?? [];

    /// <summary>A registered person adding an organisation is not asked consent, name and phone again.</summary>
    public DialogStart PrefillFor(Person? person, DialogStart start, Lang lang)
    {
        if (person is null) return start;
        // A null phone means "asked before and skipped": settled, not asked again.
        var answers = new JsonObject { ["consent"] = true, ["name"] = person.Name, ["phone"] = person.Phone };
        foreach (var (k, v) in start.Answers) answers[k] = v?.DeepClone();
        return start with
        {
            Answers = answers,
            Intro = start.Intro ?? (start.AtSummary ? null : lang == Lang.En ? "Adding an organisation you report for." : "เพิ่มองค์กรที่คุณรายงานให้ค่ะ"),
        };
    }

    /// <summary>The registration dialog filled from what is stored, to change it from the summary.</summary>
    public static JsonObject AnswersOf(Person person, Organisation org) => new()
    {
        ["consent"] = true, ["name"] = person.Name, ["phone"] = person.Phone, ["org_name"] = org.Name, ["org_type"] = org.Type,
        ["area"] = org.Province is null ? null : AreaAnswer.Value(new Area(org.Province, org.District, org.Subdistrict)), ["region"] = org.Region,
    };

    public TurnResult Complete(Completion done, string userId, DialogContext ctx, string? then)
    {
        var a = done.State.Answers;
        string? Text(string id) => a[id] is JsonValue v ? v.GetValue<string>() : null;
        var name = Text("name") ?? "";
        var area = AreaAnswer.Of(a["area"]);
        var org = new Organisation
        {
            Name = Text("org_name") ?? "", Type = Text("org_type") ?? "other", Subdistrict = area?.Subdistrict, District = area?.District,
            Province = area?.Province, Region = Text("region"), CreatedAt = ctx.Now,
        };
        var change = new StoreChange("registration", async (db, ct) =>
        {
            var person = await db.People.FindAsync([userId], ct);
            if (person is null)
                db.People.Add(person = new Person { UserId = userId, Name = name, ConsentedAt = ctx.Now, CreatedAt = ctx.Now });
            person.Name = name;
            person.Phone = Text("phone");
            person.UpdatedAt = ctx.Now;

            var existing = done.State.OrganisationId is { } id
                ? await db.Organisations.FindAsync([id], ct)
                : await db.Organisations.FirstOrDefaultAsync(o => o.Name == org.Name && o.Province == org.Province, ct);
            if (existing is null) db.Organisations.Add(existing = org);
            else if (done.State.OrganisationId is not null)
                (existing.Name, existing.Type, existing.Subdistrict, existing.District, existing.Province, existing.Region) =
                    (org.Name, org.Type, org.Subdistrict, org.District, org.Province, org.Region);
            await db.SaveChangesAsync(ct); // gives a new organisation its id
            if (!await db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganisationId == existing.Id, ct))
                db.Memberships.Add(new Membership { UserId = userId, OrganisationId = existing.Id, CreatedAt = ctx.Now });
        });

        var en = done.State.Lang == Lang.En;
        var where = string.Join(" ", new[] { org.Province is null ? null : "จ." + org.Province, Regions.TryParse(org.Region, out var r) ? (en ? Regions.English(r) : Regions.Thai(r)) : null }.OfType<string>());
        var text = en
            ? $"✅ Registered. Thank you, {name}!\n{org.Name} ({where})\nYou can report now: tap a button, or just type what you did, e.g. \"handed out 500 masks\"."
            : $"✅ ลงทะเบียนเรียบร้อยแล้วค่ะ ขอบคุณคุณ{name}\n{org.Name} ({where})\nส่งรายงานได้เลย กดปุ่ม หรือพิมพ์เล่าสิ่งที่ทำ เช่น \"แจกหน้ากากผ้า 500 ชิ้น\"";
        var menu = Texts.MainMenu(done.State.Lang).ToList();
        if (then is { Length: > 0 and <= 300 })
        {
            text += en ? "\n\nTap \"Send my report\" to send the report you typed before." : "\n\nกด \"ส่งรายงานเมื่อกี้\" เพื่อส่งรายงานที่พิมพ์ไว้ก่อนหน้า";
            menu.Insert(0, new Choice(en ? "Send my report" : "ส่งรายงานเมื่อกี้", then));
        }
        return new TurnResult([new BotMessage(text, menu)], [change]);
    }

    public static BotMessage Show(Person? person, Lang lang)
    {
        var en = lang == Lang.En;
        if (person is null)
            return new BotMessage(en ? "I hold no data about you. Type \"register\" to register." : "ยังไม่มีข้อมูลของคุณในระบบค่ะ พิมพ์ \"ลงทะเบียน\" เพื่อลงทะเบียน",
                [new(en ? "Register" : "ลงทะเบียน", en ? "register" : "ลงทะเบียน")]);
        var orgs = OrganisationsOf(person);
        var lines = new List<string>
        {
            en ? "👤 Your data" : "👤 ข้อมูลของคุณ",
            (en ? "Name: " : "ชื่อ: ") + person.Name,
            (en ? "Phone: " : "เบอร์โทร: ") + (person.Phone ?? "-"),
        };
        lines.AddRange(orgs.Select((o, i) => $"{i + 1}. {o.Name}" + (o.Province is null ? "" : $" จ.{o.Province}")));
        lines.Add(en ? "Stored to compile reports; delete it any time." : "เก็บไว้เพื่อรวบรวมรายงานเท่านั้น ลบได้ทุกเมื่อ");
        var buttons = orgs.Take(5).Select((_, i) => new Choice(en ? $"Edit {i + 1}" : $"แก้ข้อมูล {i + 1}", en ? $"edit my data {i + 1}" : $"แก้ข้อมูล {i + 1}")).ToList();
        buttons.Add(new(en ? "Add organisation" : "เพิ่มองค์กร", en ? "add organisation" : "เพิ่มองค์กร"));
        buttons.Add(new(en ? "Delete my data" : "ลบข้อมูลของฉัน", en ? "delete my data" : "ลบข้อมูลของฉัน"));
        return new BotMessage(string.Join("\n", lines), buttons);
    }

    /// <summary>Deletes the person and their memberships; their reports stay in the totals, and their announcements, without their name.</summary>
    public static StoreChange Delete(string userId) => new("delete my data", async (db, ct) =>
    {
        await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.People.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.HeldPhotos.Where(h => h.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Conversations.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Reports.Where(r => r.ReporterUserId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.ReporterUserId, (string?)null).SetProperty(r => r.ReporterName, (string?)null), ct);
        // A staff grant stays (it is a job, not personal data), but the names kept with it and with announcements go.
        await db.StaffMembers.Where(s => s.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, (string?)null), ct);
        await db.Announcements.Where(a => a.AuthorUserId == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.AuthorName, (string?)null), ct);
    });
}
