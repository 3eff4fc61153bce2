namespace CodiBot.Simulator;

public sealed record SimUser(string Id, string Name, string Role);
public sealed record SimGroup(string Id, string Name, IReadOnlyList<string> MemberIds);

/// <summary>The people and groups a developer can play in the simulator: leaders from several regions and ศปก. staff.</summary>
public static class SimulatorCast
{
    public static readonly IReadOnlyList<SimUser> Users =
    [
        User("สมศรี ใจดี", "ผู้นำชุมชน · ชุมชนคลองเตย กรุงเทพฯ"),
        User("ประเสริฐ ทองคำ", "กองเลขาเครือข่าย · ภาคเหนือ เชียงใหม่"),
        User("อามีนะห์ หะยีสาและ", "ผู้นำชุมชน · ภาคใต้ ปัตตานี"),
        User("บุญมี แสงทอง", "ผู้นำชุมชน · ภาคอีสาน ขอนแก่น"),
        User("วิไลวรรณ ศรีสุข", "เจ้าหน้าที่ ศปก.โควิด-19 พอช."),
    ];

    public static readonly IReadOnlyList<SimGroup> Groups =
    [
        Group("ศปก.โควิด-19 พอช.", Users[4], Users[1], Users[0]),
        Group("เครือข่ายชุมชนภาคใต้", Users[2], Users[0], Users[3]),
    ];

    /// <summary>The ศปก. officer: the simulator's admin by default.</summary>
    public static SimUser Staff => Users[4];

    public static SimUser? FindUser(string id) => Users.FirstOrDefault(u => u.Id == id);
    public static SimGroup? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);

    /// <summary>Registers the cast as LINE profiles and groups, so the bot can look them up.</summary>
    public static void Seed(LinePlatform platform)
    {
        foreach (var u in Users) platform.AddUser(u.Id, u.Name);
        foreach (var g in Groups) platform.AddGroup(g.Id, g.Name, g.MemberIds);
    }

    static SimUser User(string name, string role) => new(LineIds.FromName('U', name), name, role);
    static SimGroup Group(string name, params SimUser[] members) => new(LineIds.FromName('C', name), name, [.. members.Select(m => m.Id)]);
}
