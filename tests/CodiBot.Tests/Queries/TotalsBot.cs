using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CodiBot.Tests.Queries;

/// <summary>
/// A bot of its own on a clock fixed at Thursday 9 Apr 2020, 10:00 Bangkok, holding reports sent by chat from leaders
/// of five organisations in four provinces and three regions, one staff member and a configured admin:
/// <list type="bullet">
/// <item>ละงู (สตูล, ใต้): 1 เม.ย. handed out 2,000 masks; today made "กว่า 10,000" masks.</item>
/// <item>ละแม (ชุมพร, ใต้): 6 เม.ย. rice 500 kg and eggs 200 trays; yesterday handed out 3,000 masks.</item>
/// <item>เมืองลี (น่าน, เหนือ): 30 มี.ค. made 1,500 masks; 7 เม.ย. gel 20 litres.</item>
/// <item>เครือข่ายพัทลุง (พัทลุง, ใต้): 2 เม.ย. rice "ประมาณ 300" kg; 20 มี.ค. Baan Por Piang 25 households done.</item>
/// <item>บ้านไผ่ (ขอนแก่น, อีสาน): today 4 screening points.</item>
/// </list>
/// </summary>
public sealed class TotalsBot : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2020, 4, 9, 10, 0, 0, TimeSpan.FromHours(7));

    public TestBot Bot { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = ClockedBot.Clock(Start);
    public string AdminId { get; } = LineIds.Random('U');
    public Chatter Langu { get; private set; } = null!;
    public Chatter Lamae { get; private set; } = null!;
    public Chatter MuangLi { get; private set; } = null!;
    public Chatter Phatthalung { get; private set; } = null!;
    public Chatter BanPhai { get; private set; } = null!;
    public Chatter Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await ClockedBot.StartAsync(Clock, AdminId);

        Langu = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู", "สตูล", "ใต้");
        await ReportAsync(Langu, "1 เม.ย. 63 แจกหน้ากากผ้า 2,000 ชิ้น");
        await ReportAsync(Langu, "วันนี้ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น");

        Lamae = await LeaderAsync("กองทุนสวัสดิการชุมชนตำบลละแม", "ชุมพร", "ใต้");
        await ReportAsync(Lamae, "6 เม.ย. 63 แจกข้าวสาร 500 กิโลกรัม และไข่ไก่ 200 แผง");
        await ReportAsync(Lamae, "เมื่อวานแจกหน้ากากผ้า 3,000 ชิ้น");

        MuangLi = await LeaderAsync("สภาองค์กรชุมชนตำบลเมืองลี", "น่าน", "เหนือ");
        await ReportAsync(MuangLi, "30 มี.ค. 63 ผลิตหน้ากากผ้า 1,500 ชิ้น");
        await ReportAsync(MuangLi, "7 เม.ย. 63 แจกเจลแอลกอฮอล์ 20 ลิตร");

        Phatthalung = await LeaderAsync("เครือข่ายสวัสดิการชุมชนจังหวัดพัทลุง", "พัทลุง", "ใต้");
        await ReportAsync(Phatthalung, "2 เม.ย. 63 แจกข้าวสารประมาณ 300 กิโลกรัม");
        await ProjectUpdateAsync(Phatthalung);

        BanPhai = await LeaderAsync("สภาองค์กรชุมชนตำบลบ้านไผ่", "ขอนแก่น", "อีสาน");
        await ReportAsync(BanPhai, "วันนี้ตั้งจุดคัดกรอง 4 จุด");

        Staff = await Bot.NewStaffAsync(AdminId, "อรุณี ศปก.");
    }

    public Task DisposeAsync() => Bot.DisposeCheckingSpecAsync();

    public Chatter Admin(string? groupId = null) => new(Bot, groupId, AdminId);

    async Task<Chatter> LeaderAsync(string organisation, string province, string region)
    {
        var leader = new Chatter(Bot);
        await leader.RegisterAsync(organisation, province, region);
        return leader;
    }

    static async Task ReportAsync(Chatter leader, string text)
    {
        Assert.Contains("ยืนยัน", string.Join(" ", (await leader.SayAsync(text)).QuickReplyLabels()));
        Assert.Contains("เลขที่", (await leader.SayAsync("ยืนยัน")).Text());
    }

    /// <summary>Baan Por Piang, 25 households done, as of 20 มี.ค. 63 (fiscal quarter 2).</summary>
    static async Task ProjectUpdateAsync(Chatter leader)
    {
        foreach (var answer in (string[])["รายงานโครงการ", "บ้านพอเพียงชนบท", "ครัวเรือนสร้างเสร็จ", "25 ครัวเรือน", "เฉพาะช่วงนี้", "ข้าม", "20 มี.ค. 63", "ข้าม", "ข้าม"])
            await leader.SayAsync(answer);
        Assert.Contains("เลขที่", (await leader.SayAsync("ยืนยัน")).Text());
    }
}
