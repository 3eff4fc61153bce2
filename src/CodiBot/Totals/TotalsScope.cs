using System.Globalization;

namespace CodiBot.Totals;

/// <summary>
/// How running totals are keyed. A report counts in the whole country, its region, its province and its
/// organisation. The organisation scope carries the region and province the report gave, because a province does
/// not fix the region and an organisation may move: counting organisations per place stays exact that way.
/// </summary>
public static class TotalsScope
{
    public const string All = "all";
    /// <summary>Category of the row counting reports of any category.</summary>
    public const string AnyCategory = "*";
    /// <summary>Unit of the rows that count reports of a category.</summary>
    public const string Counted = "";
    /// <summary>Directory rows (not per day): which organisation scopes and provinces a place has reports in.</summary>
    public const string OrganisationDirectory = "#org";
    public const string ProvinceDirectory = "#province";
    public const string NoDay = "";

    public static string Region(string id) => "region:" + id;
    public static string Province(string name) => "province:" + name;
    public static string Organisation(long id) => "org:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reports of an organisation given with one region and province ("org:42|south|พัทลุง").</summary>
    public static string OrganisationAt(long id, string? region, string? province) => $"{Organisation(id)}|{region}|{province}";

    /// <summary>Only counts reports: which provinces of a region reported.</summary>
    public static string RegionProvince(string region, string province) => $"{Region(region)}|{Province(province)}";

    /// <summary>The organisation id of an <see cref="OrganisationAt"/> scope.</summary>
    public static long OrganisationOf(string scope) =>
        long.Parse(scope.AsSpan(4, scope.IndexOf('|') - 4), CultureInfo.InvariantCulture);

    /// <summary>"{category}:{item}", so "ยอดข้าวสาร" can be answered without reading measures.</summary>
    public static string ItemCategory(string category, string item) => $"{category}:{item}";

    public static bool IsItem(string category) => category.Contains(':');

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
